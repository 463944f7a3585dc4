//! Rules: loading, validating and compiling rule files into a [`RuleSet`].
//!
//! A rule is one YAML file (see [`schema::RuleFile`]); its id is the file stem. Patterns are
//! written with `{macro}` references that the lexicon defines; they are expanded and compiled
//! once, here, so extraction only runs ready regexes. The built-in pack under `rules/` is
//! compiled into the binary; `--rules DIR` adds a directory of the same layout, whose
//! `lexicon.yaml` and `entities.yaml` extend the built-in ones.

pub mod boundaries;
pub mod engine;
pub mod entities;
pub mod lexicon;
pub mod prefilter;
pub mod schema;
mod splice;
mod trie;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use rayon::prelude::*;
use regex::{Regex, RegexBuilder};

use crate::normalize::dimension::Dimension;

pub use engine::RuleRegex;
pub use entities::Gazetteer;
pub use lexicon::Lexicon;
pub use prefilter::{Candidates, Prefilter};
pub use schema::{Constructor, Example, RoleSpec, RuleFile, ValueSpec};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));
}

/// Where the built-in rules say they come from in messages.
pub const BUILTIN_ORIGIN: &str = "<built-in>/rules";

/// A rule ready to run.
#[derive(Clone, Debug)]
pub struct Rule {
    /// The file stem.
    pub id: String,
    /// Where it was loaded from, for messages.
    pub path: String,
    /// The rule file as written, for pointing at its lines.
    pub source: String,
    pub file: RuleFile,
    /// The patterns after macro expansion, compiled, with the source pattern they came from.
    pub patterns: Vec<CompiledPattern>,
    pub exclude_before: Option<Matcher>,
    pub exclude_after: Option<Matcher>,
    pub require_before: Option<Matcher>,
    pub require_after: Option<Matcher>,
    pub require_in_sentence: Option<Matcher>,
    pub exclude_inside: Option<Matcher>,
}

/// One compiled pattern.
#[derive(Clone, Debug)]
pub struct CompiledPattern {
    pub written: String,
    pub regex: Matcher,
}

/// A rule regex, compiled when first needed, in two readings: its ASCII twin, which the fast
/// engines run and which is exact on texts without non-ASCII word characters and on masked
/// ones, and the pattern as written, with Unicode classes and word boundaries, for the few texts
/// that need it (see [`boundaries`]).
///
/// The built-in patterns are compiled on first use: a run over a few reports compiles only the
/// patterns the prefilter admits a sentence for, where compiling all of them took seconds.
/// Patterns of a user's rule directory are compiled at once, so that an error is reported when
/// the rules load (see [`Matcher::compile_now`]).
#[derive(Debug)]
pub struct Matcher {
    /// The pattern and how to compile it, never compiled itself: see `live`.
    twin: boundaries::Twin<RuleRegex>,
    /// A fresh copy of `twin`, compiled as it is used, until [`Matcher::release`] drops it.
    live: Mutex<Option<Arc<boundaries::Twin<RuleRegex>>>>,
    capture_names: Vec<String>,
    /// The literals a text must hold for the pattern to match (see
    /// [`prefilter::required_literals`]), read from the same parse.
    required: Vec<BTreeSet<String>>,
    /// The pattern with a placeholder for each macro, when it was read that way (see
    /// [`splice`]).
    skeleton: Option<Arc<str>>,
}

impl Clone for Matcher {
    fn clone(&self) -> Matcher {
        Matcher {
            twin: self.twin.clone(),
            live: Mutex::new(
                self.live
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .clone(),
            ),
            capture_names: self.capture_names.clone(),
            required: self.required.clone(),
            skeleton: self.skeleton.clone(),
        }
    }
}

impl Matcher {
    /// A matcher for `expanded`, checked for syntax and capture names but not compiled.
    ///
    /// # Errors
    /// When the pattern does not parse.
    fn new(expanded: &str, splicing: Option<Splicing<'_>>) -> Result<Matcher, regex::Error> {
        if let Some(matcher) = splicing.and_then(|splicing| Matcher::spliced(expanded, splicing)) {
            return Ok(matcher);
        }
        let ast = regex_syntax::ast::parse::Parser::new()
            .parse(expanded)
            .map_err(|e| regex::Error::Syntax(e.to_string()))?;
        let mut capture_names = Vec::new();
        collect_capture_names(&ast, &mut capture_names);
        // Parsing a pattern built from large macros is most of the start-up time: the
        // prefilter's literals are read off this parse rather than a second one.
        let required = regex_syntax::hir::translate::Translator::new()
            .translate(expanded, &ast)
            .map(|hir| prefilter::required_literals_of(&hir))
            .unwrap_or_default();
        Ok(Matcher {
            twin: boundaries::Twin::new(expanded, rule_regex),
            live: Mutex::new(None),
            capture_names,
            required,
            skeleton: None,
        })
    }

    /// A matcher read off the parses of its macros (see [`splice`]), `None` when the pattern
    /// must be parsed whole.
    fn spliced(expanded: &str, splicing: Splicing<'_>) -> Option<Matcher> {
        let Splicing {
            skeleton,
            written,
            folded,
        } = splicing;
        let (hir, required) = splice::parse_for_prefilter(&skeleton, written)?;
        let mut capture_names = Vec::new();
        collect_hir_capture_names(&hir, &mut capture_names);
        let skeleton: Arc<str> = Arc::from(skeleton);
        let twin = {
            let (skeleton, folded) = (Arc::clone(&skeleton), Arc::clone(folded));
            boundaries::Twin::new(expanded, rule_regex).with_ascii_build(move || {
                let hir = splice::parse(&skeleton, &folded)?;
                Some(RuleRegex::from_hir(&skeleton, hir))
            })
        };
        Some(Matcher {
            twin,
            live: Mutex::new(None),
            capture_names,
            required,
            skeleton: Some(skeleton),
        })
    }

    /// The pattern with a placeholder for each macro, when it is read off its macros' parses
    /// (see [`splice`]); `None` when it is parsed whole.
    pub fn skeleton(&self) -> Option<&str> {
        self.skeleton.as_deref()
    }

    /// The sets of literals of which a text must hold one each for the pattern to match.
    pub fn required_literals(&self) -> &[BTreeSet<String>] {
        &self.required
    }

    /// Compiles the fast reading now, to report an error in the pattern when it loads.
    ///
    /// # Errors
    /// When the pattern does not compile, with the message for the pattern as written.
    fn compile_now(&self) -> Result<(), regex::Error> {
        self.live().compile_now()
    }

    /// The twin being used, made when first needed.
    fn live(&self) -> Arc<boundaries::Twin<RuleRegex>> {
        let mut live = self.live.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(live.get_or_insert_with(|| Arc::new(self.twin.fresh())))
    }

    /// Drops the compiled automata, which are compiled again if the pattern is used again.
    pub fn release(&self) {
        *self.live.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// Whether the pattern holds compiled automata.
    pub fn is_compiled(&self) -> bool {
        self.live
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .is_some_and(|twin| twin.is_compiled())
    }

    /// The regex to run on a sentence and the text to run it on (see
    /// [`boundaries::Twin::for_haystack`]). Built-in patterns are all compiled by the test
    /// suite (`every_builtin_pattern_compiles`); one that did not would match nothing.
    pub fn for_haystack<'h>(
        &self,
        haystack: &'h boundaries::Haystack<'_>,
    ) -> Option<(RuleRegex, &'h str)> {
        self.live()
            .for_haystack(haystack)
            .map(|(regex, text)| (regex.clone(), text))
    }

    /// The pattern as written, compiled to run on a text itself (see
    /// [`boundaries::Twin::as_written`]).
    pub fn as_written(&self) -> Option<RuleRegex> {
        self.live().as_written().cloned()
    }

    /// The pattern after macro expansion, as written.
    pub fn expanded(&self) -> &str {
        self.twin.pattern()
    }

    /// The names of the pattern's capture groups.
    pub fn capture_names(&self) -> impl Iterator<Item = &str> {
        self.capture_names.iter().map(String::as_str)
    }
}

/// The names of the capture groups of a parsed pattern, in order.
fn collect_capture_names(ast: &regex_syntax::ast::Ast, names: &mut Vec<String>) {
    use regex_syntax::ast::{Ast, GroupKind};
    match ast {
        Ast::Group(group) => {
            if let GroupKind::CaptureName { name, .. } = &group.kind {
                names.push(name.name.clone());
            }
            collect_capture_names(&group.ast, names);
        }
        Ast::Repetition(repetition) => collect_capture_names(&repetition.ast, names),
        Ast::Alternation(alternation) => {
            for ast in &alternation.asts {
                collect_capture_names(ast, names);
            }
        }
        Ast::Concat(concat) => {
            for ast in &concat.asts {
                collect_capture_names(ast, names);
            }
        }
        _ => {}
    }
}

/// The names of the capture groups of a parsed pattern, in order.
fn collect_hir_capture_names(hir: &regex_syntax::hir::Hir, names: &mut Vec<String>) {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Capture(capture) if splice::placeholder(capture).is_some() => {}
        HirKind::Capture(capture) => {
            if let Some(name) = &capture.name {
                names.push(name.to_string());
            }
            collect_hir_capture_names(&capture.sub, names);
        }
        HirKind::Repetition(repetition) => collect_hir_capture_names(&repetition.sub, names),
        HirKind::Alternation(subs) | HirKind::Concat(subs) => {
            for sub in subs {
                collect_hir_capture_names(sub, names);
            }
        }
        _ => {}
    }
}

/// What a pattern needs to be parsed without parsing its macros again: its skeleton (see
/// [`splice::skeleton`]) and the macros parsed in each reading.
struct Splicing<'m> {
    skeleton: String,
    written: &'m splice::Macros,
    folded: &'m Arc<splice::Macros>,
}

/// Compiles a rule pattern after macro expansion.
fn rule_regex(expanded: &str) -> Result<RuleRegex, regex::Error> {
    RuleRegex::new(expanded)
}

/// All rules, the lexicon and the gazetteer.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub lexicon: Lexicon,
    pub gazetteer: Gazetteer,
    /// Every macro the patterns may use, by name, as written (before expansion).
    pub macros: BTreeMap<String, String>,
    /// Finds the lexicon's event nouns in a text; built once with the rules.
    pub event_nouns: Option<Regex>,
    /// One scanner per dimension for `crosscheck parse`, from the `dimension_*` macros.
    dimensions: Vec<DimensionScanner>,
    /// The rules' keywords and required literals, to pick the patterns worth trying on a
    /// sentence.
    prefilter: Prefilter,
    /// Whether a batch's extraction drops each pattern's automata once the pattern has read the
    /// batch's last window (see [`crate::extract::extract_in_parallel`]), for a run that reads
    /// its documents once, as the command line does. The automata of the patterns a batch used
    /// were most of the peak memory of a run over a few megabytes. Off, a rule set that reads
    /// batch after batch compiles each pattern once.
    pub release_automata: bool,
}

/// A rule, lexicon or gazetteer file that cannot be used: where, what, and the offending line.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}:{column}: {message}{}", quoted(.snippet))]
pub struct RuleError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The line of the file the error is on, when there is one to show.
    pub snippet: Option<String>,
}

/// The offending line under a message, when there is one.
pub(crate) fn quoted(snippet: &Option<String>) -> String {
    snippet
        .as_deref()
        .map(|line| format!("\n   |\n   | {line}\n   |"))
        .unwrap_or_default()
}

impl RuleError {
    fn at(path: &str, source: &str, needle: Option<&str>, message: String) -> Self {
        let offset = needle.and_then(|n| source.find(n)).unwrap_or(0);
        let (line, column) = crate::source::line_and_column(source, offset);
        RuleError {
            path: path.to_string(),
            line,
            column,
            message,
            snippet: line_of(source, line),
        }
    }

    /// A YAML error, with a "did you mean" for a misspelt field or value.
    fn yaml(path: &str, source: &str, err: &serde_yaml::Error) -> Self {
        let (line, column, detail) = yaml_problem(err);
        RuleError {
            path: path.to_string(),
            line,
            column,
            message: format!("invalid rule file: {detail}"),
            snippet: line_of(source, line),
        }
    }
}

/// Where a YAML error is (1-based line and column) and what it is, with what to do about it:
/// the nearest known name for a misspelt field or value, the field to add for a missing one, a
/// word on indentation and quoting for a syntax error.
pub(crate) fn yaml_problem(err: &serde_yaml::Error) -> (usize, usize, String) {
    let (line, column) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
    let text = err.to_string();
    let detail = text.split(" at line ").next().unwrap_or(&text);
    let missing = detail
        .split("missing field `")
        .nth(1)
        .and_then(|rest| rest.split('`').next());
    let advice = if let Some(name) = suggestion(&text) {
        format!("; did you mean `{name}`?")
    } else if let Some(field) = missing {
        format!("; add `{field}:`")
    } else if ["invalid type", "invalid value", "unknown ", "duplicate"]
        .iter()
        .any(|k| detail.contains(k))
    {
        String::new()
    } else {
        "; check the indentation and quoting here (a pattern is safest in single quotes, with \
         '' for a quote inside)"
            .to_string()
    };
    (line, column, format!("{detail}{advice}"))
}

/// The 1-based line of a file, trimmed, if it exists and is not blank.
pub(crate) fn line_of(source: &str, line: usize) -> Option<String> {
    source
        .lines()
        .nth(line.checked_sub(1)?)
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.trim().is_empty())
}

/// The closest expected name for an unknown field or variant in a serde message such as
/// "unknown field `kinds`, expected one of `kind`, `description`".
pub(crate) fn suggestion(message: &str) -> Option<String> {
    let unknown = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("unknown variant `"))
        .or_else(|| message.split(": unknown field `").nth(1))
        .or_else(|| message.split(": unknown variant `").nth(1))?;
    let (unknown, rest) = unknown.split_once('`')?;
    let expected: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    expected
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(unknown, candidate), candidate))
        .filter(|(score, _)| *score >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate.to_string())
}

/// Which rules to load.
#[derive(Clone, Debug, Default)]
pub struct RuleOptions {
    /// Directories of user rules, in order.
    pub directories: Vec<PathBuf>,
    /// Whether the built-in pack is loaded too.
    pub without_builtin: bool,
}

/// A rule file's text and where it came from.
struct RuleSource {
    /// Which directory it came from, in load order: the built-in pack is 0.
    origin: usize,
    path: String,
    name: String,
    text: String,
}

/// Whether a file in a rule directory is a lexicon: `lexicon.yaml` or `lexicon-*.yaml`.
fn is_lexicon(name: &str) -> bool {
    name == "lexicon.yaml" || (name.starts_with("lexicon-") && name.ends_with(".yaml"))
}

impl RuleSet {
    /// The ids of the rules that read figures only to corroborate (`corroborate_only`).
    pub fn corroborating(&self) -> std::collections::HashSet<&str> {
        self.rules
            .iter()
            .filter(|rule| rule.file.corroborate_only)
            .map(|rule| rule.id.as_str())
            .collect()
    }

    /// The built-in rule pack.
    ///
    /// # Errors
    /// Only if a built-in file is broken, which the test suite rules out.
    pub fn builtin() -> Result<RuleSet, RuleError> {
        RuleSet::load(&RuleOptions::default())
    }

    /// Loads the built-in pack (unless turned off) and the user directories.
    ///
    /// # Errors
    /// When a file cannot be read or parsed, a pattern does not compile, a macro is unknown, or
    /// two rules share an id.
    pub fn load(options: &RuleOptions) -> Result<RuleSet, RuleError> {
        let mut sources = Vec::new();
        if !options.without_builtin {
            sources.extend(
                builtin::BUILTIN_RULE_FILES
                    .iter()
                    .map(|(name, text)| RuleSource {
                        origin: 0,
                        path: format!("{BUILTIN_ORIGIN}/{name}"),
                        name: name.to_string(),
                        text: text.to_string(),
                    }),
            );
        }
        for (index, dir) in options.directories.iter().enumerate() {
            sources.extend(read_directory(dir, index + 1)?);
        }
        RuleSet::from_sources(sources)
    }

    fn from_sources(sources: Vec<RuleSource>) -> Result<RuleSet, RuleError> {
        let mut lexicon = Lexicon::default();
        let mut entities = Vec::new();
        let mut rule_files = Vec::new();
        // A directory's lexicon.yaml comes first, then its lexicon-*.yaml files in name order,
        // each adding to and overriding what came before.
        let mut sources = sources;
        let user_rules = sources.iter().any(|s| s.origin > 0);
        sources.sort_by_key(|s| (s.origin, s.name != "lexicon.yaml"));
        for source in sources {
            match source.name.as_str() {
                name if is_lexicon(name) => lexicon.extend(parse_yaml(&source)?),
                "entities.yaml" => {
                    entities.extend(parse_yaml::<entities::EntitiesFile>(&source)?.entities)
                }
                _ => rule_files.push(source),
            }
        }
        let gazetteer = Gazetteer::new(entities);
        let mut table = lexicon.macro_table();
        table.extend(gazetteer.macros());
        // Rules of the built-in pack are known to compile (the test suite compiles them all);
        // once a user's directory takes part, its macros may change any pattern, so all are
        // compiled now and an error is reported at once. Rules compile in parallel.
        let eager = user_rules;
        // Each macro is parsed once in each reading: as written for the prefilter, now, and
        // as the ASCII twin for the patterns compiled later.
        let macros = MacroParses {
            written: splice::Macros::new(&table, splice::Reading::Written),
            folded: Arc::new(splice::Macros::new(&table, splice::Reading::AsciiFolded)),
        };
        let compiled: Vec<Result<Rule, RuleError>> = rule_files
            .par_iter()
            .map(|source| compile_rule(source, &table, &macros, eager))
            .collect();
        let mut rules: Vec<Rule> = Vec::new();
        for (source, rule) in rule_files.iter().zip(compiled) {
            let rule = rule?;
            if let Some(previous) = rules.iter().find(|r| r.id == rule.id) {
                return Err(RuleError::at(
                    &source.path,
                    &source.text,
                    None,
                    format!(
                        "duplicate rule id `{}`: {} defines it already; rename one of the files",
                        rule.id, previous.path
                    ),
                ));
            }
            rules.push(rule);
        }
        let dimensions = compile_dimensions(&table, eager)?;
        let prefilter = Prefilter::new(&rules, &lexicon)?;
        Ok(RuleSet {
            prefilter,
            release_automata: false,
            rules,
            dimensions,
            event_nouns: lexicon.event_noun_scanner(),
            lexicon,
            gazetteer,
            macros: table,
        })
    }

    /// Which rules are worth trying on a sentence (see [`Prefilter`]).
    pub fn rules_for(&self, sentence: &str) -> Vec<bool> {
        self.candidates(sentence).rules().to_vec()
    }

    /// Which rules and patterns are worth trying on a sentence (see [`Prefilter`]).
    pub fn candidates(&self, sentence: &str) -> Candidates<'_> {
        self.prefilter.candidates(sentence, self.rules.len())
    }

    /// The scanner for one dimension of `crosscheck parse`.
    pub fn dimension_scanner(&self, dimension: Dimension) -> Option<&Regex> {
        self.dimensions
            .iter()
            .find(|d| d.dimension == dimension)
            .and_then(|d| {
                d.regex
                    .get_or_init(|| dimension_regex(&d.expanded).ok())
                    .as_ref()
            })
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

fn read_directory(dir: &Path, origin: usize) -> Result<Vec<RuleSource>, RuleError> {
    let shown = dir.display().to_string();
    let unreadable = |err: std::io::Error| RuleError {
        path: shown.clone(),
        line: 1,
        column: 1,
        message: format!("cannot read the rule directory: {err}"),
        snippet: None,
    };
    if dir.exists() && !dir.is_dir() {
        return Err(RuleError {
            path: shown,
            line: 1,
            column: 1,
            message: "`--rules` takes a directory of rule files (*.yaml); give the directory that holds the rule".into(),
            snippet: None,
        });
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(unreadable)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        // A project's configuration may sit beside its rules; it is not one.
        .filter(|path| !path.ends_with(crate::config::DEFAULT_FILE))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let shown = path.display().to_string();
            // A named pipe called x.yaml would block the read forever.
            if !std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
                return Err(RuleError {
                    path: shown,
                    line: 1,
                    column: 1,
                    message: "not a regular file; a rule must be a YAML file, so remove or rename this one".into(),
                    snippet: None,
                });
            }
            let text = std::fs::read_to_string(&path).map_err(|err| RuleError {
                path: shown.clone(),
                line: 1,
                column: 1,
                message: format!("cannot read the rule file: {err}"),
                snippet: None,
            })?;
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            Ok(RuleSource {
                origin,
                path: shown,
                name,
                text,
            })
        })
        .collect()
}

/// Parses a rule, lexicon or entities file, refusing one whose aliases would expand it beyond
/// reason before anything is built from it (see [`crate::yaml`]).
fn parse_yaml<T: serde::de::DeserializeOwned>(source: &RuleSource) -> Result<T, RuleError> {
    if let Err(err) = crate::yaml::check_expansion(&source.text) {
        let (line, column) = err.location.unwrap_or((1, 1));
        return Err(RuleError {
            path: source.path.clone(),
            line,
            column,
            message: format!("the file is refused: {err}"),
            snippet: line_of(&source.text, line),
        });
    }
    serde_yaml::from_str(&source.text).map_err(|e| RuleError::yaml(&source.path, &source.text, &e))
}

/// A rule from its YAML source, its patterns' macros expanded.
///
/// With `eager`, every pattern is compiled now, so that one that does not compile is reported;
/// else each is compiled when first used.
/// The macros of a rule set, each parsed once in each reading (see [`splice`]).
struct MacroParses {
    written: splice::Macros,
    folded: Arc<splice::Macros>,
}

fn compile_rule(
    source: &RuleSource,
    table: &BTreeMap<String, String>,
    macros: &MacroParses,
    eager: bool,
) -> Result<Rule, RuleError> {
    let file: RuleFile = parse_yaml(source)?;
    let id = source
        .name
        .trim_end_matches(".yaml")
        .trim_end_matches(".yml")
        .to_string();
    // A claim's words never begin inside a word: a main pattern matches a letter or digit first
    // only where none comes right before it ("a Marsh said" is no phrase of "Lydia Marsh
    // said"). A pattern may still start on a space or a mark after a word (", and", "'s").
    let compile = |written: &str, at_word_start: bool| -> Result<Matcher, RuleError> {
        let expanded = lexicon::expand(written, table).map_err(|err| {
            let message = match err {
                lexicon::MacroError::Unknown(name) => unknown_macro(&name, table),
                lexicon::MacroError::Recursive(name) => {
                    format!("macro `{{{name}}}` refers to itself")
                }
                lexicon::MacroError::TooLarge(name) => format!(
                    "the pattern expands to more than {} MB where it uses macro `{{{name}}}`; a macro that uses another several times multiplies its size, so use each macro once or split the pattern",
                    lexicon::MAX_EXPANDED_LEN >> 20
                ),
            };
            RuleError::at(&source.path, &source.text, Some(first_line(written)), message)
        })?;
        let error = |err: regex::Error| {
            RuleError::at(
                &source.path,
                &source.text,
                Some(first_line(written)),
                regex_error(written, &err),
            )
        };
        let at_start = |pattern: &str| {
            if at_word_start {
                format!(r"(?:\b{{start-half}}|\b{{end}})(?:{pattern})")
            } else {
                pattern.to_string()
            }
        };
        let splicing = splice::skeleton(written, table).map(|skeleton| Splicing {
            skeleton: at_start(&skeleton),
            written: &macros.written,
            folded: &macros.folded,
        });
        let matcher = Matcher::new(&at_start(&expanded), splicing).map_err(error)?;
        if eager {
            matcher.compile_now().map_err(error)?;
        }
        Ok(matcher)
    };
    let mut patterns = Vec::new();
    for written in &file.patterns {
        patterns.push(CompiledPattern {
            written: written.clone(),
            regex: compile(written, true)?,
        });
    }
    // A context pattern reads the words around a match: anchored at the match's side of them
    // (`Some(true)` before it, `Some(false)` after it) or anywhere in the sentence (`None`).
    let context = |p: &Option<String>, side: Option<bool>| -> Result<Option<Matcher>, RuleError> {
        p.as_deref()
            .map(|p| {
                let written = match side {
                    Some(true) => format!("(?:{p})$"),
                    Some(false) => format!("^(?:{p})"),
                    None => p.to_string(),
                };
                compile(&written, false).map_err(|mut e| {
                    e.message = e.message.replace("the pattern", "the context pattern");
                    e
                })
            })
            .transpose()
    };
    let exclude_before = context(&file.exclude_before, Some(true))?;
    let exclude_after = context(&file.exclude_after, Some(false))?;
    let require_before = context(&file.require_before, Some(true))?;
    let require_after = context(&file.require_after, Some(false))?;
    let require_in_sentence = context(&file.require_in_sentence, None)?;
    let exclude_inside = context(&file.exclude_inside, None)?;
    if !patterns
        .iter()
        .any(|p| p.regex.capture_names().any(|n| n == file.value.capture))
    {
        return Err(RuleError::at(
            &source.path,
            &source.text,
            Some("value:"),
            format!(
                "no pattern has the capture `{}` that `value.capture` names; add `(?P<{}>...)` to a pattern",
                file.value.capture, file.value.capture
            ),
        ));
    }
    Ok(Rule {
        id,
        path: source.path.clone(),
        source: source.text.clone(),
        file,
        patterns,
        exclude_before,
        exclude_after,
        require_before,
        require_after,
        require_in_sentence,
        exclude_inside,
    })
}

/// The scanner of one dimension for `crosscheck parse`, compiled when first used.
#[derive(Clone, Debug)]
struct DimensionScanner {
    dimension: Dimension,
    expanded: String,
    /// `None` when it does not compile (reported at load time when `eager`).
    regex: OnceLock<Option<Regex>>,
}

/// The scanners of the dimensions whose `dimension_*` macro the lexicon defines; with `eager`,
/// compiled now, so that an error is reported.
fn compile_dimensions(
    table: &BTreeMap<String, String>,
    eager: bool,
) -> Result<Vec<DimensionScanner>, RuleError> {
    let mut scanners = Vec::new();
    for dimension in Dimension::ALL {
        let name = dimension.macro_name();
        if !table.contains_key(&name) {
            continue;
        }
        let error = |message: String| RuleError {
            path: "lexicon.yaml".into(),
            line: 1,
            column: 1,
            message,
            snippet: None,
        };
        let expanded = lexicon::expand(&format!("{{{name}}}"), table)
            .map_err(|e| error(format!("macro `{{{name}}}` cannot be expanded: {e:?}")))?;
        let regex = OnceLock::new();
        if eager {
            let scanner = dimension_regex(&expanded)
                .map_err(|e| error(format!("macro `{{{name}}}` does not compile: {e}")))?;
            let _ = regex.set(Some(scanner));
        }
        scanners.push(DimensionScanner {
            dimension,
            expanded,
            regex,
        });
    }
    Ok(scanners)
}

fn dimension_regex(expanded: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(expanded)
        .case_insensitive(true)
        .size_limit(64 << 20)
        .build()
}

/// An unknown macro: the nearest known one when the name looks misspelt, else all of them.
fn unknown_macro(name: &str, table: &BTreeMap<String, String>) -> String {
    let nearest = table
        .keys()
        .map(|known| (strsim::jaro_winkler(name, known), known))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match nearest {
        Some((_, known)) => format!(
            "unknown macro `{{{name}}}`; did you mean `{{{known}}}`? (or define `{name}` under \
             `macros:` in your lexicon.yaml)"
        ),
        None => format!(
            "unknown macro `{{{name}}}`; define it under `macros:` in your lexicon.yaml or use \
             one of: {}",
            table
                .keys()
                .map(|k| format!("{{{k}}}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// What is wrong with a pattern that does not compile, said of the pattern as written: the
/// regex engine's message quotes the pattern it was given, which after macro expansion runs to
/// thousands of characters. With every macro replaced by a stand-in, the written pattern shows
/// a syntax error where the author made it; when it compiles that way, the error is a limit
/// (the automaton is too large) or lies inside a macro, and the engine's last words say which.
fn regex_error(written: &str, err: &regex::Error) -> String {
    let stand_in = lexicon::macros_named(written)
        .iter()
        .fold(written.to_string(), |pattern, name| {
            pattern.replace(&format!("{{{name}}}"), "(?:x)")
        });
    if let Err(regex::Error::Syntax(own)) = Regex::new(&stand_in) {
        let shown = if stand_in == written {
            String::new()
        } else {
            " (macros shown as `(?:x)`)".to_string()
        };
        return format!("the pattern does not compile{shown}: {own}");
    }
    let message = err.to_string();
    match err {
        regex::Error::CompiledTooBig(limit) => format!(
            "the pattern does not compile: its automaton would take more than {} MB; use smaller \
             counted repetitions (`{{n}}`, `{{n,m}}`) or split it into several patterns",
            limit >> 20
        ),
        _ => format!(
            "the pattern does not compile once its macros are expanded: {}",
            message.lines().last().unwrap_or(&message).trim()
        ),
    }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ops::Range;

    fn source(name: &str, text: &str) -> RuleSource {
        RuleSource {
            origin: 1,
            path: format!("user/{name}"),
            name: name.into(),
            text: text.into(),
        }
    }

    const RULE: &str = "kind: test.count\ndescription: d\npatterns:\n  - '(?P<n>{number}) widgets'\nvalue:\n  type: count\n  capture: n\nexamples: []\n";

    /// Every regex of a rule: its patterns and its context patterns.
    fn matchers(rule: &Rule) -> impl Iterator<Item = &Matcher> {
        rule.patterns.iter().map(|p| &p.regex).chain(
            [
                &rule.exclude_before,
                &rule.exclude_after,
                &rule.require_before,
                &rule.require_after,
                &rule.require_in_sentence,
                &rule.exclude_inside,
            ]
            .into_iter()
            .flatten(),
        )
    }

    #[test]
    fn the_literals_read_at_load_are_those_of_the_pattern() {
        let rules = RuleSet::builtin().unwrap();
        let mut with_literals = 0;
        for rule in &rules.rules {
            for pattern in &rule.patterns {
                let matcher = &pattern.regex;
                let from_text = prefilter::required_literals(matcher.expanded());
                assert_eq!(matcher.required_literals(), &from_text[..], "{}", rule.id);
                with_literals += usize::from(!from_text.is_empty());
            }
        }
        assert!(
            with_literals > 20,
            "only {with_literals} patterns have literals"
        );
    }

    #[test]
    fn every_builtin_pattern_compiles() {
        // Built-in patterns compile on first use, where a failure could only match nothing;
        // this is where a failure shows.
        let rules = RuleSet::builtin().unwrap();
        for rule in &rules.rules {
            for matcher in matchers(rule) {
                assert!(
                    matcher.compile_now().is_ok(),
                    "{}: {}",
                    rule.id,
                    matcher.expanded()
                );
                assert!(
                    rules_regex_ok(matcher),
                    "{}: {}",
                    rule.id,
                    matcher.expanded()
                );
            }
        }
        for dimension in Dimension::ALL {
            assert!(
                rules.dimension_scanner(dimension).is_some(),
                "{dimension:?}"
            );
        }
    }

    #[test]
    fn every_builtin_pattern_splices_to_its_own_parse() {
        // A pattern read off its macros' parses (see `splice`) must be the very parse of its
        // expanded text, and tell the prefilter the same literals.
        let rules = RuleSet::builtin().unwrap();
        let folded = splice::Macros::new(&rules.macros, splice::Reading::AsciiFolded);
        // Bytes of expanded text read off the macros' parses, and parsed whole.
        let (mut spliced, mut whole) = (0, 0);
        for rule in &rules.rules {
            for matcher in matchers(rule) {
                let expanded = matcher.expanded();
                let Some(skeleton) = matcher.skeleton() else {
                    whole += expanded.len();
                    continue;
                };
                spliced += expanded.len();
                assert_eq!(
                    splice::parse(skeleton, &folded).as_ref(),
                    splice::Reading::AsciiFolded.parse(expanded).ok().as_ref(),
                    "{}: {expanded}",
                    rule.id
                );
                let parsed_whole = Matcher::new(expanded, None).unwrap();
                assert_eq!(matcher.required, parsed_whole.required, "{}", rule.id);
                assert_eq!(
                    matcher.capture_names, parsed_whole.capture_names,
                    "{}",
                    rule.id
                );
            }
        }
        assert!(
            spliced > 20 * whole,
            "{spliced} bytes spliced, {whole} parsed whole"
        );
    }

    fn rules_regex_ok(matcher: &Matcher) -> bool {
        rule_regex(matcher.expanded()).is_ok()
    }

    #[test]
    fn masked_texts_match_as_the_unicode_patterns_do() {
        // Every built-in pattern, on texts with non-ASCII letters: the ASCII twin on the masked
        // text finds the same matches with the same captures as the Unicode pattern on the text.
        let rules = RuleSet::builtin().unwrap();
        let texts = [
            "Erdoğan said at least 1,300 people were killed in the quake in Kahramanmaraş on Monday.",
            "Malmö FF beat Åtvidaberg 2–1 on 3 March 2024, their fifth win in six years.",
            "The Élysée pledged €120m and Søren Kierkegaard, 41, was arrested in Zürich.",
            "ÇAĞLAYAN, 54, took office on Tuesday; İstanbul's 11th rate increase to 5.25%.",
            "Ms Núñez told reporters that 2,000 troops and 300 délégués attended the parade.",
            "Três Lagoas' mayor said 85 died and 4,000 were evacuated; damage reached $2.3bn.",
            "Le Pen's party won 33.2% of the vote, up 4.5 percentage points, and 89 seats in the Assemblée.",
        ];
        let haystacks: Vec<boundaries::Haystack> =
            texts.iter().map(|t| boundaries::Haystack::new(t)).collect();
        for (haystack, text) in haystacks.iter().zip(texts) {
            assert!(
                haystack.for_ascii(true).is_some_and(|m| m != text),
                "{text}"
            );
        }
        // The pattern as written, run by the regex crate: what the twin run by our own engine
        // must find.
        let spans = |re: &Regex, t: &str| -> Vec<Vec<Option<Range<usize>>>> {
            re.captures_iter(t)
                .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect())
                .collect()
        };
        let mut compared = 0;
        for rule in &rules.rules {
            for matcher in matchers(rule) {
                let unicode = RegexBuilder::new(matcher.expanded())
                    .case_insensitive(true)
                    .size_limit(32 << 20)
                    .build()
                    .unwrap();
                for (haystack, text) in haystacks.iter().zip(texts) {
                    let (regex, read) = matcher.for_haystack(haystack).unwrap();
                    let expected = spans(&unicode, text);
                    assert_eq!(expected, regex.captures_all(read), "{} on {text}", rule.id);
                    compared += expected.len();
                }
            }
        }
        assert!(compared >= 12, "{compared} matches compared");
    }

    #[test]
    fn a_keyword_that_starts_with_a_sign_counts_right_after_a_number() {
        let rules = RuleSet::builtin().unwrap();
        let rate = rules
            .rules
            .iter()
            .position(|r| r.id == "rate-level")
            .unwrap();
        assert!(rules.rules_for("Prices were 5% higher than a year before.")[rate]);
        assert!(!rules.rules_for("Prices were higher than a year before.")[rate]);
        // A keyword that starts with a letter still counts only at the start of a word.
        let killed = rules
            .rules
            .iter()
            .position(|r| r.id == "casualties-killed")
            .unwrap();
        assert!(!rules.rules_for("The skilled crew stayed 12 days.")[killed]);
    }

    #[test]
    fn builtin_pack_loads() {
        let rules = RuleSet::builtin().unwrap();
        assert!(!rules.rules.is_empty());
        assert!(!rules.gazetteer.entities().is_empty());
    }

    #[test]
    fn unknown_macro_is_named_with_its_line() {
        let err = RuleSet::from_sources(vec![source("r.yaml", RULE)]).unwrap_err();
        assert_eq!((err.path.as_str(), err.line), ("user/r.yaml", 4));
        assert!(
            err.message.starts_with("unknown macro `{number}`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn misspelt_fields_and_values_get_a_suggestion_and_the_line() {
        let misspelt = RULE.replace("description:", "descriptin:");
        let err = RuleSet::from_sources(vec![source("r.yaml", &misspelt)]).unwrap_err();
        assert_eq!((err.line, err.column), (2, 1));
        assert!(
            err.message.ends_with("did you mean `description`?"),
            "{}",
            err.message
        );
        assert_eq!(err.snippet.as_deref(), Some("descriptin: d"));
        let wrong_type = RULE.replace("type: count", "type: counts");
        let err = RuleSet::from_sources(vec![source("r.yaml", &wrong_type)]).unwrap_err();
        assert!(
            err.message.contains("unknown variant `counts`"),
            "{}",
            err.message
        );
        assert!(
            err.message.ends_with("did you mean `count`?"),
            "{}",
            err.message
        );
        assert!(err.to_string().contains("|   type: counts"), "{err}");
    }

    #[test]
    fn missing_fields_and_yaml_syntax_are_located() {
        let err =
            RuleSet::from_sources(vec![source("r.yaml", "kind: x\ndescription: d\n")]).unwrap_err();
        assert!(
            err.message.contains("missing field `patterns`"),
            "{}",
            err.message
        );
        let err = RuleSet::from_sources(vec![source("r.yaml", "kind: x\npatterns: [unclosed\n")])
            .unwrap_err();
        assert!(err.line >= 2, "{err}");
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let lexicon = source("lexicon.yaml", "macros:\n  number: '[0-9]+'\n");
        let err = RuleSet::from_sources(vec![
            lexicon,
            source("r.yaml", RULE),
            source("r.yaml", RULE),
        ])
        .unwrap_err();
        assert!(
            err.message.starts_with("duplicate rule id `r`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn unknown_fields_and_bad_regexes_are_errors() {
        let err = RuleSet::from_sources(vec![source("r.yaml", "kind: x\nkinds: y\n")]).unwrap_err();
        assert!(
            err.message.contains("unknown field `kinds`"),
            "{}",
            err.message
        );
        let bad = RULE.replace("{number}", "[0-9");
        let err = RuleSet::from_sources(vec![source("r.yaml", &bad)]).unwrap_err();
        assert!(
            err.message.starts_with("the pattern does not compile"),
            "{}",
            err.message
        );
    }
}
