//! A news-like corpus for the benchmarks, generated deterministically from the fixtures: takes
//! the sentences of `fixtures/*/*.md` and gives reports that recombine them, with their numbers,
//! dates and names varied, so the rules meet the phrasings they are written for without the
//! regex caches meeting the same sentence twice. No randomness: a small linear congruential
//! generator with a fixed seed, so every run measures the same text.

use std::path::Path;

/// A generated report: a Markdown file with front matter.
pub struct Report {
    pub name: String,
    pub text: String,
}

/// A tiny deterministic generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const NAMES: [&str; 12] = [
    "Maria Costa",
    "Henrik Lauritsen",
    "Aiko Tanaka",
    "Samuel Okafor",
    "Lena Novak",
    "Rafael Ortega",
    "Priya Raman",
    "Tomasz Kowalski",
    "Grace Mensah",
    "Omar Haddad",
    "Ingrid Larsen",
    "Daniel Brooks",
];

/// The sentences of every fixture report, front matter and headings left out.
fn fixture_sentences() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .flat_map(|scenario| std::fs::read_dir(scenario.path()).into_iter().flatten())
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    paths.sort();
    let mut sentences = Vec::new();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let body = match text.strip_prefix("---") {
            Some(rest) => rest.split_once("\n---").map_or(rest, |(_, body)| body),
            None => &text,
        };
        for line in body.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') || line.starts_with("---") {
                continue;
            }
            sentences.extend(
                line.split_inclusive(". ")
                    .map(|s| s.trim().to_string())
                    .filter(|s| s.len() > 20),
            );
        }
    }
    sentences
}

/// `sentence` with its numbers, months, weekdays and (now and then) its subject varied.
fn vary(sentence: &str, lcg: &mut Lcg) -> String {
    let mut out = String::with_capacity(sentence.len() + 16);
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String, lcg: &mut Lcg| {
        if digits.is_empty() {
            return;
        }
        // Years stay plausible; other numbers keep their number of digits.
        let varied = if digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
        {
            format!("{}", 1990 + lcg.below(36))
        } else {
            let low = 10u64.pow(digits.len() as u32 - 1);
            let value = low + lcg.next() % (low * 9);
            if digits.len() == 1 {
                format!("{}", 1 + lcg.below(9))
            } else {
                value.to_string()
            }
        };
        out.push_str(&varied);
        digits.clear();
    };
    for c in sentence.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out, lcg);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out, lcg);
    for month in MONTHS {
        if out.contains(month) {
            out = out.replace(month, MONTHS[lcg.below(12)]);
            break;
        }
    }
    for weekday in WEEKDAYS {
        if out.contains(weekday) {
            out = out.replace(weekday, WEEKDAYS[lcg.below(7)]);
            break;
        }
    }
    if lcg.below(4) == 0 {
        let name = NAMES[lcg.below(NAMES.len())];
        out = match out.strip_suffix('.') {
            Some(stem) => format!("{stem}, {name} said."),
            None => format!("{out} {name} said so."),
        };
    }
    out
}

/// Reports of about `report_bytes` each, about `total_bytes` in all.
pub fn reports(total_bytes: usize, report_bytes: usize) -> Vec<Report> {
    let sentences = fixture_sentences();
    let mut lcg = Lcg(0x5eed_c0ffee);
    let mut reports = Vec::new();
    let mut total = 0;
    while total < total_bytes && !sentences.is_empty() {
        let day = 1 + lcg.below(28);
        let month = 1 + lcg.below(12);
        let mut text = format!(
            "---\ntitle: \"Report {}\"\npublished: 2025-{month:02}-{day:02}\n---\n\n",
            reports.len()
        );
        while text.len() < report_bytes {
            for _ in 0..1 + lcg.below(4) {
                text.push_str(&vary(&sentences[lcg.below(sentences.len())], &mut lcg));
                text.push(' ');
            }
            text.push_str("\n\n");
        }
        total += text.len();
        reports.push(Report {
            name: format!("report-{:05}.md", reports.len()),
            text,
        });
    }
    reports
}
