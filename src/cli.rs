//! Command-line definitions, and nothing else: parsing into these types is clap's job, turning
//! them into a run is `main`'s.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Check several news reports of the same story against each other.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Align the claims of all sources and report agreements and discrepancies.
    Check(CheckArgs),
    /// Write a baseline file accepting the current discrepancies, for `check --baseline`.
    Baseline(BaselineArgs),
    /// List the claims of each source, without comparing them.
    Extract(ExtractArgs),
    /// Every expression of one dimension in a text, with its span and value (like Duckling).
    Parse(ParseArgs),
    /// Write and check rules: list them, explain one, test them, print their schema.
    Rules(RulesArgs),
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub command: RulesCommand,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Every rule, built-in and user: id, kind and what it finds.
    List(RulesListArgs),
    /// One rule: its documentation, its patterns after macro expansion, its examples.
    Explain(RulesExplainArgs),
    /// Run every example of every rule, and the annotated fixtures (`<!-- expect: RULE -->`)
    /// under each DIR; exit 1 when any fails.
    Test(RulesTestArgs),
    /// Print the JSON Schema of rule files, for editors that complete and validate YAML.
    Schema,
}

#[derive(Debug, Args)]
pub struct RulesListArgs {
    /// Output format: `text` or `json`.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

#[derive(Debug, Args)]
pub struct RulesExplainArgs {
    /// The rule's id (its file stem), as `crosscheck rules list` shows it.
    #[arg(value_name = "ID")]
    pub id: String,
    /// Print every pattern's expansion in full, however long.
    #[arg(long)]
    pub full: bool,
    /// Output format: `text` or `json`.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

#[derive(Debug, Args)]
pub struct RulesTestArgs {
    /// Rule directories to load and test; the reports under them (.md, .txt, .html) are read
    /// as annotated fixtures. Without one, the configuration's rule directories are tested, or
    /// else the built-in rules' examples alone.
    #[arg(value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The kind of expression to find.
    #[arg(long, value_enum)]
    pub dimension: DimensionArg,
    /// A report file, or - for standard input.
    #[arg(value_name = "FILE")]
    pub file: String,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DimensionArg {
    Date,
    Number,
    Ordinal,
    Duration,
    Quantity,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Report files (.md, .txt), or - for standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    #[command(flatten)]
    pub common: CommonArgs,
    /// Which findings make the exit code 1 [default: discrepancy, or the configuration's].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// A baseline file (from `crosscheck baseline`): the discrepancies it accepts are shown as
    /// accepted and do not fail the run.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<String>,
}

#[derive(Debug, Args)]
pub struct BaselineArgs {
    /// Report files (.md, .txt), or - for standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
    /// Write the baseline to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// An existing baseline whose reasons are kept for the discrepancies it already accepts.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Report files (.md, .txt), or - for standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    /// For every claim, show the rule and pattern that matched, the captures, and each step
    /// that turned the words into the value, subject and object.
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
    /// When to color the text report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// What turns files into findings: rules, dates, tolerances.
#[derive(Debug, Args)]
pub struct PipelineArgs {
    /// A configuration file [default: crosscheck.yaml in the working directory, if any].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// A directory of user rules (rule files, lexicon.yaml, entities.yaml); may be repeated.
    /// Given here, it replaces the configuration's `rules`.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Do not load the built-in rule pack.
    #[arg(long)]
    pub no_builtin_rules: bool,
    /// Publication date (YYYY-MM-DD) for sources that carry none in front matter or a dateline.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// How far "about" and "nearly" reach, as a fraction of the number (0.1 = ±10%)
    /// [default: 0.1, or the configuration's].
    #[arg(long, value_name = "FRACTION")]
    pub tolerance: Option<f64>,
    /// How to read a date whose sentence shows no tense: `unknown` takes the latest such
    /// weekday and the nearest month and day; `future` and `past` lean one way.
    #[arg(long, value_enum, default_value_t = TenseArg::Unknown)]
    pub tense: TenseArg,
    /// How to read numeric dates such as 3/9/2025 [default: month-first, or the
    /// configuration's].
    #[arg(long, value_enum, value_name = "ORDER")]
    pub date_order: Option<DateOrderArg>,
    /// Read numeric dates day first ("3/9/2025" is 3 September): `--date-order day-first`.
    #[arg(long, conflicts_with = "date_order")]
    pub day_first: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DateOrderArg {
    /// 3/9/2025 is March 9.
    MonthFirst,
    /// 3/9/2025 is 3 September.
    DayFirst,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
    /// For a person or a pull-request comment (`check` only).
    Markdown,
    /// SARIF 2.1.0, for code-scanning tools (`check` only).
    Sarif,
    /// One self-contained page showing the sources side by side (`check` only).
    Html,
}

impl OutputFormat {
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Text => "text",
            OutputFormat::Json => "json",
            OutputFormat::Markdown => "markdown",
            OutputFormat::Sarif => "sarif",
            OutputFormat::Html => "html",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TenseArg {
    Unknown,
    Past,
    Future,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Exit 1 when any discrepancy is found (the default, to gate CI).
    Discrepancy,
    /// Always exit 0 when the check ran.
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
