//! The `crosscheck` binary: parses arguments, calls the library, prints, and maps the outcome to
//! an exit code: 0 nothing to fail on, 1 findings at or above `--fail-on`, 2 crosscheck could
//! not do its job.

mod cli;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};

use cli::{
    BaselineArgs, CheckArgs, Cli, ColorChoice, Command, CommonArgs, DateOrderArg, DimensionArg,
    ExtractArgs, FailOn, OutputFormat, ParseArgs, PipelineArgs, RulesCommand, RulesExplainArgs,
    RulesListArgs, RulesTestArgs, TenseArg,
};
use crosscheck::baseline;
use crosscheck::compare::Status;
use crosscheck::config::{self, Config};
use crosscheck::normalize::date::Tense;
use crosscheck::normalize::dimension::{self, Dimension};
use crosscheck::normalize::Settings;
use crosscheck::report::{self, SourceClaims};
use crosscheck::rules::{RuleOptions, RuleSet};
use crosscheck::source::{self, Document, LoadOptions};

/// jemalloc instead of the system allocator: extraction allocates and frees many small values
/// (matches, captures, claims), and glibc's malloc and free were a fifth of its time.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Check(args) => run_check(args),
        Command::Baseline(args) => run_baseline(args),
        Command::Extract(args) => run_extract(args),
        Command::Parse(args) => run_parse(args),
        Command::Rules(args) => match args.command {
            RulesCommand::List(args) => run_rules_list(args),
            RulesCommand::Explain(args) => run_rules_explain(args),
            RulesCommand::Test(args) => run_rules_test(args),
            RulesCommand::Schema => run_rules_schema(),
        },
    };
    match outcome {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Everything a run needs, checked and ready.
struct Prepared {
    rules: RuleSet,
    documents: Vec<Document>,
    settings: Settings,
    fail_on: config::FailOn,
}

/// What the configuration file and the flags settle together; a flag given wins.
struct Configured {
    rules: RuleOptions,
    settings: Settings,
    fail_on: config::FailOn,
    load: LoadOptions,
}

fn configure(common: &PipelineArgs) -> Result<Configured> {
    let config = Config::discover(common.config.as_deref())?;
    let tolerance = common.tolerance.or(config.tolerance).unwrap_or(0.1);
    if !(0.0..1.0).contains(&tolerance) {
        bail!("--tolerance {tolerance} is out of range; give a fraction from 0 to 1, such as 0.1");
    }
    let published = match &common.published {
        Some(text) => Some(
            crosscheck::calendar::parse_publication_moment(text).with_context(|| {
                format!("--published `{text}` is not a date; write it as YYYY-MM-DD, optionally with a time (YYYY-MM-DDTHH:MM)")
            })?,
        ),
        None => None,
    };
    let day_first = match (common.date_order, common.day_first) {
        (Some(order), _) => order == DateOrderArg::DayFirst,
        (None, true) => true,
        (None, false) => config.date_order == Some(config::DateOrder::DayFirst),
    };
    let directories = if common.rules.is_empty() {
        config.rules
    } else {
        common.rules.clone()
    };
    Ok(Configured {
        rules: RuleOptions {
            directories,
            without_builtin: common.no_builtin_rules || config.builtin_rules == Some(false),
        },
        settings: Settings {
            tolerance,
            unknown_tense: match common.tense {
                TenseArg::Unknown => Tense::Unknown,
                TenseArg::Past => Tense::Past,
                TenseArg::Future => Tense::Future,
            },
            day_first,
        },
        fail_on: config.fail_on.unwrap_or(config::FailOn::Discrepancy),
        load: LoadOptions {
            published: published.map(|(date, _)| date),
            published_time: published.and_then(|(_, time)| time),
        },
    })
}

fn prepare(files: &[String], common: &PipelineArgs) -> Result<Prepared> {
    let configured = configure(common)?;
    let mut rules = RuleSet::load(&configured.rules)?;
    let failures = crosscheck::examples::run_user_rules(&rules, &configured.settings);
    if !failures.is_empty() {
        let listed: Vec<String> = failures.iter().map(ToString::to_string).collect();
        bail!(
            "{} example(s) of your rules do not hold; fix the rule or the example \
             (`crosscheck rules test DIR` runs them):\n{}",
            failures.len(),
            listed.join("\n")
        );
    }
    let inputs = source::load_inputs(files, &configured.load)?;
    for skipped in &inputs.skipped {
        eprintln!("warning: {skipped}; skipped, as it holds nothing to check");
    }
    if inputs.documents.is_empty() {
        bail!("no reports to check: every input was skipped; give at least one report that holds text");
    }
    let documents = inputs.documents;
    // The documents are read in one batch, and the rules are not needed after it.
    rules.release_automata = true;
    Ok(Prepared {
        rules,
        documents,
        settings: configured.settings,
        fail_on: configured.fail_on,
    })
}

/// Whether the text report is colored; sets `colored`'s switch to match.
fn color(common: &CommonArgs) -> bool {
    let color = match common.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            common.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    colored::control::set_override(color);
    color
}

/// Whether we are running in CI, where a progress bar would only litter the log.
fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// From how many sources a run shows a progress bar.
const PROGRESS_FROM: usize = 20;

/// A progress bar is for a person watching a long run: many sources, a terminal, not CI.
fn shows_progress(sources: usize, stderr_is_terminal: bool, ci: bool) -> bool {
    sources >= PROGRESS_FROM && stderr_is_terminal && !ci
}

/// Checks the prepared sources, with a progress bar on stderr when [`shows_progress`].
fn check(prepared: &Prepared) -> crosscheck::CheckReport {
    let sources = prepared.documents.len();
    let bar = shows_progress(sources, std::io::stderr().is_terminal(), in_ci()).then(|| {
        let style = ProgressStyle::with_template(
            "{spinner} checking sources [{bar:30}] {pos}/{len} {wide_msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
        ProgressBar::new(sources as u64).with_style(style)
    });
    let report = crosscheck::check_with_progress(
        &prepared.documents,
        &prepared.rules,
        &prepared.settings,
        &mut |document| {
            if let Some(bar) = &bar {
                bar.set_message(document.short_name().to_string());
                bar.inc(1);
            }
        },
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    report
}

fn run_check(args: CheckArgs) -> Result<ExitCode> {
    let prepared = prepare(&args.files, &args.common.pipeline)?;
    let baseline = args.baseline.as_deref().map(baseline::load).transpose()?;
    let color = color(&args.common);
    let mut report = check(&prepared);
    if let Some(baseline) = &baseline {
        baseline::apply(baseline, &mut report);
        warn_stale(&report);
    }
    let documents = &prepared.documents;
    let output = args.common.output.as_deref();
    let rendered = |render: fn(&crosscheck::CheckReport, &[Document]) -> String| {
        emit(&render(&report, documents), output)
    };
    match args.common.format {
        OutputFormat::Text => emit(&report::text::check(&report, documents, color), output),
        // The JSON report is written as it is made: for an archive it is the largest output.
        OutputFormat::Json => emit_with(output, |out| {
            report::json::write_check(&report, documents, out)
        }),
        OutputFormat::Markdown => rendered(report::markdown::check),
        OutputFormat::Sarif => emit(
            &report::sarif::check(&report, documents, &prepared.rules),
            output,
        ),
        OutputFormat::Html => rendered(report::html::check),
    }?;
    // Accepted discrepancies are shown but never fail the run: that is what accepting means.
    let fail_on = match args.fail_on {
        Some(FailOn::Discrepancy) => config::FailOn::Discrepancy,
        Some(FailOn::Never) => config::FailOn::Never,
        None => prepared.fail_on,
    };
    let failed = fail_on == config::FailOn::Discrepancy && report.open(Status::Discrepancy) > 0;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One warning per baseline entry that matched nothing: the difference it accepted is gone or
/// has changed, and the entry should go.
fn warn_stale(report: &crosscheck::CheckReport) {
    let Some(applied) = &report.baseline else {
        return;
    };
    for entry in &applied.stale {
        let about = entry
            .kind
            .as_deref()
            .map(|kind| format!(" ({kind})"))
            .unwrap_or_default();
        eprintln!(
            "warning: {}:{}: the baseline entry `{}`{about} matches no discrepancy any more; \
             remove it, or write the baseline again with `crosscheck baseline`",
            applied.path, entry.line, entry.fingerprint
        );
    }
}

fn run_baseline(args: BaselineArgs) -> Result<ExitCode> {
    let prepared = prepare(&args.files, &args.pipeline)?;
    let previous = args.baseline.as_deref().map(baseline::load).transpose()?;
    let report = check(&prepared);
    emit(
        &baseline::write(&report, previous.as_ref()),
        args.output.as_deref(),
    )?;
    if let Some(path) = &args.output {
        eprintln!(
            "crosscheck: {} accepted in {}; replace each TODO with the reason it is accepted",
            match report.count(Status::Discrepancy) {
                1 => "1 discrepancy".to_string(),
                n => format!("{n} discrepancies"),
            },
            path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `extract` and `parse` list claims or expressions, which only text and JSON show.
fn listing_format(format: OutputFormat, command: &str) -> Result<OutputFormat> {
    match format {
        OutputFormat::Text | OutputFormat::Json => Ok(format),
        other => bail!(
            "`--format {}` is for `crosscheck check`; `crosscheck {command}` writes text or json",
            other.name()
        ),
    }
}

fn run_extract(args: ExtractArgs) -> Result<ExitCode> {
    let format = listing_format(args.common.format, "extract")?;
    let prepared = prepare(&args.files, &args.common.pipeline)?;
    color(&args.common);
    let sources: Vec<SourceClaims<'_>> = prepared
        .documents
        .iter()
        .zip(crosscheck::claims_of_each(
            &prepared.documents,
            &prepared.rules,
            &prepared.settings,
        ))
        .map(|(document, claims)| SourceClaims { document, claims })
        .collect();
    let output = args.common.output.as_deref();
    if let (OutputFormat::Json, false) = (format, args.explain) {
        emit_with(output, |out| report::json::write_extract(&sources, out))?;
        return Ok(ExitCode::SUCCESS);
    }
    let rendered = match (format, args.explain) {
        (OutputFormat::Json, true) => {
            report::rules::extract_explained_json(&sources, &prepared.rules)
        }
        (_, false) => report::text::extract(&sources),
        (_, true) => report::rules::extract_explained_text(&sources, &prepared.rules),
    };
    emit(&rendered, output)?;
    Ok(ExitCode::SUCCESS)
}

fn run_parse(args: ParseArgs) -> Result<ExitCode> {
    let format = listing_format(args.common.format, "parse")?;
    let prepared = prepare(std::slice::from_ref(&args.file), &args.common.pipeline)?;
    color(&args.common);
    let dimension = match args.dimension {
        DimensionArg::Date => Dimension::Date,
        DimensionArg::Number => Dimension::Number,
        DimensionArg::Ordinal => Dimension::Ordinal,
        DimensionArg::Duration => Dimension::Duration,
        DimensionArg::Quantity => Dimension::Quantity,
    };
    let document = &prepared.documents[0];
    let expressions = dimension::parse(document, dimension, &prepared.rules, &prepared.settings);
    let rendered = match format {
        OutputFormat::Json => report::json::parse(&expressions),
        _ => report::text::parse(document, &expressions),
    };
    emit(&rendered, args.common.output.as_deref())?;
    Ok(ExitCode::SUCCESS)
}

fn run_rules_list(args: RulesListArgs) -> Result<ExitCode> {
    let format = listing_format(args.format, "rules list")?;
    let rules = RuleSet::load(&configure(&args.pipeline)?.rules)?;
    let rendered = match format {
        OutputFormat::Json => report::rules::list_json(&rules),
        _ => report::rules::list_text(&rules),
    };
    emit(&rendered, None)?;
    Ok(ExitCode::SUCCESS)
}

fn run_rules_explain(args: RulesExplainArgs) -> Result<ExitCode> {
    let format = listing_format(args.format, "rules explain")?;
    let configured = configure(&args.pipeline)?;
    let rules = RuleSet::load(&configured.rules)?;
    let Some(rule) = rules.rule(&args.id) else {
        let nearest = rules
            .rules
            .iter()
            .map(|r| (strsim::jaro_winkler(&args.id, &r.id), r.id.as_str()))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .filter(|(score, _)| *score >= 0.8)
            .map(|(_, id)| format!("; did you mean `{id}`?"))
            .unwrap_or_default();
        bail!(
            "no rule has the id `{}`{nearest} (`crosscheck rules list` shows them all)",
            args.id
        );
    };
    let failures = crosscheck::examples::run_rule(&rules, &rule.id, &configured.settings);
    let rendered = match format {
        OutputFormat::Json => report::rules::explain_json(rule, &failures),
        _ => report::rules::explain_text(&rules, rule, &failures, args.full),
    };
    emit(&rendered, None)?;
    Ok(ExitCode::SUCCESS)
}

fn run_rules_test(args: RulesTestArgs) -> Result<ExitCode> {
    let mut configured = configure(&args.pipeline)?;
    // Directories named here are the pack under test: like `--rules`, they replace the
    // configuration's, and a directory named twice is loaded once.
    if !args.dirs.is_empty() && args.pipeline.rules.is_empty() {
        configured.rules.directories.clear();
    }
    for dir in &args.dirs {
        if !dir.is_dir() {
            bail!(
                "{}: not a directory; `crosscheck rules test` takes rule directories",
                dir.display()
            );
        }
        let same = |known: &PathBuf| known.canonicalize().ok() == dir.canonicalize().ok();
        if !configured.rules.directories.iter().any(same) {
            configured.rules.directories.push(dir.clone());
        }
    }
    let rules = RuleSet::load(&configured.rules)?;
    let examples = crosscheck::examples::run_all(&rules, &configured.settings);
    // Without directories on the command line, the configured ones are the pack under test.
    let dirs: Vec<&Path> = if args.dirs.is_empty() {
        configured
            .rules
            .directories
            .iter()
            .map(PathBuf::as_path)
            .collect()
    } else {
        args.dirs.iter().map(PathBuf::as_path).collect()
    };
    let annotations =
        crosscheck::annotations::run(&dirs, &rules, &configured.settings, &configured.load)?;
    emit(
        &report::rules::test_text(&rules, &examples, &annotations),
        None,
    )?;
    Ok(if examples.is_empty() && annotations.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn run_rules_schema() -> Result<ExitCode> {
    let schema = crosscheck::rules::schema::json_schema();
    emit(&(serde_json::to_string_pretty(&schema)? + "\n"), None)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the report, or writes it to `output` atomically: to a temporary file beside it, then
/// renamed over it, so a failed run never leaves half a report over a good one.
fn emit(rendered: &str, output: Option<&Path>) -> Result<()> {
    emit_with(output, |out| out.write_all(rendered.as_bytes()))
}

/// [`emit`] for a report written piece by piece (`write` gets a buffered writer), so that a
/// report many times the size of its input is never held whole in memory.
fn emit_with(
    output: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let into = |file: std::fs::File,
                write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>| {
        let mut out = std::io::BufWriter::new(file);
        write(&mut out)?;
        out.flush()
    };
    let mut write = Some(write);
    let mut once = |out: &mut dyn Write| match write.take() {
        Some(write) => write(out),
        None => Ok(()),
    };
    let Some(path) = output else {
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        once(&mut stdout)?;
        stdout.flush()?;
        return Ok(());
    };
    // A device or a pipe (`--output /dev/stdout`, a FIFO another program reads) is written to
    // as it is: renaming a file over it would replace the device with a file.
    let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
    if special {
        return std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|file| into(file, &mut once))
            .with_context(|| format!("{}: cannot write the report", path.display()));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let temporary = dir.join(format!(".{name}.crosscheck-{}.tmp", std::process::id()));
    let written = std::fs::File::create(&temporary)
        .and_then(|file| into(file, &mut once))
        .and_then(|()| std::fs::rename(&temporary, path));
    if let Err(err) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(err).with_context(|| format!("{}: cannot write the report", path.display()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_only_for_many_sources_on_a_terminal_outside_ci() {
        assert!(shows_progress(PROGRESS_FROM, true, false));
        assert!(shows_progress(500, true, false));
        assert!(!shows_progress(PROGRESS_FROM - 1, true, false));
        assert!(!shows_progress(500, false, false));
        assert!(!shows_progress(500, true, true));
    }
}
