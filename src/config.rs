//! The project configuration: a `crosscheck.yaml` in the working directory, or the file given
//! with `--config`. It sets what a newsroom wants the same on every run (its rule directories,
//! whether the built-in rules are on, the tolerance for "about", the order of numeric dates,
//! what fails a check); flags given on the command line win over it.

use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Deserialize;

use crate::rules::{line_of, quoted, yaml_problem};

/// The file looked for in the working directory when no `--config` is given.
pub const DEFAULT_FILE: &str = "crosscheck.yaml";

/// A configuration file, as written. Every key is optional.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Directories of user rules, relative to the configuration file.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// Whether the built-in rule pack is loaded (default `true`).
    #[serde(default)]
    pub builtin_rules: Option<bool>,
    /// How far "about", "around" and "nearly" reach, as a fraction (default 0.1).
    #[serde(default)]
    pub tolerance: Option<f64>,
    /// How numeric dates such as 3/9/2025 are read (default `month-first`).
    #[serde(default)]
    pub date_order: Option<DateOrder>,
    /// Which findings make `crosscheck check` exit 1 (default `discrepancy`).
    #[serde(default)]
    pub fail_on: Option<FailOn>,
}

/// How numeric dates are read.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrder {
    /// 3/9/2025 is March 9.
    MonthFirst,
    /// 3/9/2025 is 3 September.
    DayFirst,
}

/// Which findings fail a check.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    /// Any discrepancy no baseline accepts.
    Discrepancy,
    /// Nothing: the exit code is 0 whenever the check ran.
    Never,
}

/// A configuration file that cannot be used: where, what, and the offending line.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}:{column}: {message}{}", quoted(.snippet))]
pub struct ConfigError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub snippet: Option<String>,
}

impl Config {
    /// Parses a configuration's text; rule directories are made relative to `base`, the
    /// directory the file is in.
    ///
    /// # Errors
    /// On invalid YAML, an unknown key (with the nearest known one), a value of the wrong type,
    /// or a tolerance outside [0, 1).
    pub fn parse(path: &str, text: &str, base: &Path) -> Result<Config, ConfigError> {
        let error = |line: usize, column: usize, message: String| ConfigError {
            path: path.to_string(),
            line,
            column,
            message,
            snippet: line_of(text, line),
        };
        // An empty file (or one holding only comments) is a configuration that sets nothing.
        let mut config: Config = if text.lines().all(|l| {
            let l = l.trim();
            l.is_empty() || l.starts_with('#')
        }) {
            Config::default()
        } else {
            serde_yaml::from_str(text).map_err(|err| {
                let (line, column, detail) = yaml_problem(&err);
                error(line, column, format!("invalid configuration: {detail}"))
            })?
        };
        if let Some(tolerance) = config.tolerance {
            if !(0.0..1.0).contains(&tolerance) {
                let line = text
                    .lines()
                    .position(|l| l.trim_start().starts_with("tolerance"))
                    .map_or(1, |i| i + 1);
                return Err(error(
                    line,
                    1,
                    format!("`tolerance: {tolerance}` is out of range; give a fraction from 0 to 1, such as 0.1"),
                ));
            }
        }
        for dir in &mut config.rules {
            if dir.is_relative() {
                *dir = base.join(&*dir);
            }
        }
        Ok(config)
    }

    /// Reads the configuration at `path`.
    ///
    /// # Errors
    /// When the file cannot be read, or as [`Config::parse`].
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|err| ConfigError {
            path: shown.clone(),
            line: 1,
            column: 1,
            message: format!("cannot read the configuration: {err}"),
            snippet: None,
        })?;
        let base = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        Config::parse(&shown, &text, base)
    }

    /// The configuration for a run: the file given, else `crosscheck.yaml` in the working
    /// directory if there is one, else nothing set.
    ///
    /// # Errors
    /// As [`Config::load`]; a file given explicitly must exist.
    pub fn discover(given: Option<&Path>) -> Result<Config, ConfigError> {
        match given {
            Some(path) => Config::load(path),
            None if Path::new(DEFAULT_FILE).is_file() => Config::load(Path::new(DEFAULT_FILE)),
            None => Ok(Config::default()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse("crosscheck.yaml", text, Path::new("/newsroom"))
    }

    #[test]
    fn every_key_is_read_and_rule_directories_follow_the_file() {
        let config = parse(
            "rules: [beat-rules, /opt/house-style]\nbuiltin-rules: false\ntolerance: 0.05\n\
             date-order: day-first\nfail-on: never\n",
        )
        .unwrap();
        assert_eq!(
            config.rules,
            vec![
                PathBuf::from("/newsroom/beat-rules"),
                PathBuf::from("/opt/house-style")
            ]
        );
        assert_eq!(config.builtin_rules, Some(false));
        assert_eq!(config.tolerance, Some(0.05));
        assert_eq!(config.date_order, Some(DateOrder::DayFirst));
        assert_eq!(config.fail_on, Some(FailOn::Never));
    }

    #[test]
    fn an_empty_file_sets_nothing() {
        assert_eq!(parse("").unwrap(), Config::default());
        assert_eq!(parse("# nothing yet\n").unwrap(), Config::default());
    }

    #[test]
    fn an_unknown_key_names_its_line_and_the_nearest_key() {
        let err = parse("tolerance: 0.1\nfail_on: never\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 1));
        assert!(
            err.message.ends_with("did you mean `fail-on`?"),
            "{}",
            err.message
        );
        assert_eq!(err.snippet.as_deref(), Some("fail_on: never"));
    }

    #[test]
    fn bad_values_are_errors() {
        let err = parse("date-order: middle-endian\n").unwrap_err();
        assert!(err.message.contains("unknown variant"), "{}", err.message);
        let err = parse("tolerance: 1.5\n").unwrap_err();
        assert!(err.message.contains("out of range"), "{}", err.message);
        assert_eq!(err.line, 1);
    }
}
