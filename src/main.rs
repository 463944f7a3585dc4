//! The `crosscheck` binary: parses arguments, calls the library, prints, and maps the outcome to
//! an exit code: 0 nothing to fail on, 1 findings at or above `--fail-on`, 2 crosscheck could
//! not do its job.

mod cli;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Parser;

use cli::{
    CheckArgs, Cli, ColorChoice, Command, CommonArgs, DimensionArg, ExtractArgs, FailOn,
    OutputFormat, ParseArgs, TenseArg,
};
use crosscheck::compare::Status;
use crosscheck::normalize::date::Tense;
use crosscheck::normalize::dimension::{self, Dimension};
use crosscheck::normalize::Settings;
use crosscheck::report::{self, SourceClaims};
use crosscheck::rules::{RuleOptions, RuleSet};
use crosscheck::source::{self, Document, LoadOptions};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Check(args) => run_check(args),
        Command::Extract(args) => run_extract(args),
        Command::Parse(args) => run_parse(args),
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
    color: bool,
}

fn prepare(files: &[String], common: &CommonArgs) -> Result<Prepared> {
    if !(0.0..1.0).contains(&common.tolerance) {
        bail!(
            "--tolerance {} is out of range; give a fraction from 0 to 1, such as 0.1",
            common.tolerance
        );
    }
    let published = match &common.published {
        Some(text) => Some(
            crosscheck::calendar::parse_publication_moment(text).with_context(|| {
                format!("--published `{text}` is not a date; write it as YYYY-MM-DD, optionally with a time (YYYY-MM-DDTHH:MM)")
            })?,
        ),
        None => None,
    };
    let rules = RuleSet::load(&RuleOptions {
        directories: common.rules.clone(),
        without_builtin: common.no_builtin_rules,
    })?;
    let settings = Settings {
        tolerance: common.tolerance,
        unknown_tense: match common.tense {
            TenseArg::Unknown => Tense::Unknown,
            TenseArg::Past => Tense::Past,
            TenseArg::Future => Tense::Future,
        },
        day_first: common.day_first,
    };
    let failures = crosscheck::examples::run_user_rules(&rules, &settings);
    if !failures.is_empty() {
        let listed: Vec<String> = failures.iter().map(ToString::to_string).collect();
        bail!(
            "{} example(s) of your rules do not hold; fix the rule or the example:\n{}",
            failures.len(),
            listed.join("\n")
        );
    }
    let options = LoadOptions {
        published: published.map(|(date, _)| date),
        published_time: published.and_then(|(_, time)| time),
    };
    let documents = source::load_inputs(files, &options)?;
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
    Ok(Prepared {
        rules,
        documents,
        settings,
        color,
    })
}

fn run_check(args: CheckArgs) -> Result<ExitCode> {
    let prepared = prepare(&args.files, &args.common)?;
    let report = crosscheck::check(&prepared.documents, &prepared.rules, &prepared.settings);
    let rendered = match args.common.format {
        OutputFormat::Text => report::text::check(&report, &prepared.documents, prepared.color),
        OutputFormat::Json => report::json::check(&report, &prepared.documents),
    };
    emit(&rendered, args.common.output.as_deref())?;
    let failed = args.fail_on == FailOn::Discrepancy && report.count(Status::Discrepancy) > 0;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_extract(args: ExtractArgs) -> Result<ExitCode> {
    let prepared = prepare(&args.files, &args.common)?;
    let sources: Vec<SourceClaims<'_>> = prepared
        .documents
        .iter()
        .map(|document| SourceClaims {
            document,
            claims: crosscheck::claims_of(document, &prepared.rules, &prepared.settings),
        })
        .collect();
    let rendered = match args.common.format {
        OutputFormat::Text => report::text::extract(&sources),
        OutputFormat::Json => report::json::extract(&sources),
    };
    emit(&rendered, args.common.output.as_deref())?;
    Ok(ExitCode::SUCCESS)
}

fn run_parse(args: ParseArgs) -> Result<ExitCode> {
    let prepared = prepare(std::slice::from_ref(&args.file), &args.common)?;
    let dimension = match args.dimension {
        DimensionArg::Date => Dimension::Date,
        DimensionArg::Number => Dimension::Number,
        DimensionArg::Ordinal => Dimension::Ordinal,
        DimensionArg::Duration => Dimension::Duration,
        DimensionArg::Quantity => Dimension::Quantity,
    };
    let document = &prepared.documents[0];
    let expressions = dimension::parse(document, dimension, &prepared.rules, &prepared.settings);
    let rendered = match args.common.format {
        OutputFormat::Text => report::text::parse(document, &expressions),
        OutputFormat::Json => report::json::parse(&expressions),
    };
    emit(&rendered, args.common.output.as_deref())?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the report, or writes it to `output` atomically: to a temporary file beside it, then
/// renamed over it, so a failed run never leaves half a report over a good one.
fn emit(rendered: &str, output: Option<&Path>) -> Result<()> {
    let Some(path) = output else {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(rendered.as_bytes())?;
        stdout.flush()?;
        return Ok(());
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let temporary = dir.join(format!(".{name}.crosscheck-{}.tmp", std::process::id()));
    let written =
        std::fs::write(&temporary, rendered).and_then(|()| std::fs::rename(&temporary, path));
    if let Err(err) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(err).with_context(|| format!("{}: cannot write the report", path.display()));
    }
    Ok(())
}
