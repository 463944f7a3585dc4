//! Alignment: which claims from different sources speak about the same thing.
//!
//! Alignment never looks at values; aligning by value would hide every discrepancy. Claims are
//! blocked by kind, and within a kind two claims align when their qualifiers agree and their
//! subjects and objects name the same thing: the same entity, one part of the other ("Beijing" in
//! "China"), the same name up to spelling, or descriptions with the same head noun ("the strategic partnership" and "the Franco-Brazilian
//! strategic partnership"). Every
//! link records why it was made, so a finding can say why its claims were put together.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;
use std::sync::Arc;

use crate::claim::{Claim, Description, Qualifiers, Role};
use crate::rules::entities::name_key;
use crate::rules::Gazetteer;
use crate::value::Relation;

/// How similar two names must be (Jaro-Winkler) to count as spellings of one name.
const NAME_SIMILARITY: f64 = 0.92;

/// Claims about one thing, from one or more sources.
#[derive(Clone, Debug)]
pub struct ClaimGroup {
    pub kind: String,
    pub claims: Vec<Claim>,
    /// Why the claims were put together, one line per distinct reason.
    pub reasons: Vec<String>,
}

/// Groups claims about the same thing; groups come in the order their first claim was made.
pub fn align(claims: Vec<Claim>, gazetteer: &Gazetteer) -> Vec<ClaimGroup> {
    let mut by_kind: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, claim) in claims.iter().enumerate() {
        by_kind.entry(&*claim.kind).or_default().push(index);
    }
    let mut parent: Vec<usize> = (0..claims.len()).collect();
    let mut reasons: Vec<Vec<(LinkOrder, String)>> = vec![Vec::new(); claims.len()];
    let mut name_keys = NameKeys::new(&claims, gazetteer);
    // The reports' names are indexed once for every kind: the reports are the same.
    let names = NameIndex::new(gazetteer);
    for members in by_kind.values() {
        align_kind(
            &claims,
            members,
            &names,
            &mut name_keys,
            &mut parent,
            &mut reasons,
        );
    }
    drop(names);
    drop(name_keys);
    drop(by_kind);
    let roots: Vec<usize> = (0..claims.len()).map(|i| find(&mut parent, i)).collect();
    drop(parent);
    let (order, grouped) = into_groups(claims, &roots);
    drop(roots);
    order
        .into_iter()
        .zip(grouped)
        .map(|(root, claims)| {
            let mut seen = std::collections::HashSet::new();
            let mut found = std::mem::take(&mut reasons[root]);
            // In the order the links between claims were made, whatever order the distinct
            // descriptions were compared in.
            found.sort_by_key(|(order, _)| *order);
            ClaimGroup {
                kind: claims
                    .first()
                    .map(|c| c.kind.to_string())
                    .unwrap_or_default(),
                claims,
                reasons: found
                    .into_iter()
                    .map(|(_, reason)| reason)
                    .filter(|r| seen.insert(r.clone()))
                    .collect(),
            }
        })
        .collect()
}

/// Moves `claims` into their groups (`roots[i]` is the group of claim `i`): the groups' roots
/// and claims in the order of each group's first claim, each group's claims in their order.
///
/// An archive's claims would be held twice if the groups were filled while the list they come
/// from is still whole. Instead the list is rearranged in place into one run per group, the
/// largest run first, and the other runs are split off its end one at a time, the list shrunk
/// after each: the largest group keeps the list itself, and no more than one other group's
/// claims are ever held twice.
fn into_groups(mut claims: Vec<Claim>, roots: &[usize]) -> (Vec<usize>, Vec<Vec<Claim>>) {
    // Each claim's group, numbered in the order of the groups' first claims.
    let mut order: Vec<usize> = Vec::new();
    let mut number_of_root: HashMap<usize, usize> = HashMap::new();
    let mut destination: Vec<usize> = roots
        .iter()
        .map(|&root| {
            *number_of_root.entry(root).or_insert_with(|| {
                order.push(root);
                order.len() - 1
            })
        })
        .collect();
    drop(number_of_root);
    let mut sizes = vec![0usize; order.len()];
    for &group in &destination {
        sizes[group] += 1;
    }
    let Some(largest) = (0..sizes.len()).max_by_key(|&g| (sizes[g], std::cmp::Reverse(g))) else {
        return (order, Vec::new());
    };
    // Where each group's run starts: the largest first, then the others from the last group
    // to the first, so that splitting runs off the end yields them first to last.
    let mut next = vec![0usize; sizes.len()];
    let mut start = sizes[largest];
    for group in (0..sizes.len()).rev().filter(|&g| g != largest) {
        next[group] = start;
        start += sizes[group];
    }
    for group in destination.iter_mut() {
        let place = next[*group];
        next[*group] += 1;
        *group = place;
    }
    drop(next);
    // Each swap puts the claim at `index` where it belongs, until the one that belongs there
    // arrives.
    for index in 0..claims.len() {
        while destination[index] != index {
            let place = destination[index];
            claims.swap(index, place);
            destination.swap(index, place);
        }
    }
    drop(destination);
    let mut grouped: Vec<Vec<Claim>> = Vec::with_capacity(sizes.len());
    for (group, &size) in sizes.iter().enumerate() {
        if group == largest {
            grouped.push(Vec::new());
            continue;
        }
        grouped.push(claims.split_off(claims.len() - size));
        claims.shrink_to_fit();
    }
    claims.shrink_to_fit();
    grouped[largest] = claims;
    (order, grouped)
}

/// Where a link stands in the order links are made: strongest first, then by the positions of
/// the two claims.
type LinkOrder = (std::cmp::Reverse<u8>, usize, usize);

/// Aligns the claims of one kind (`members`, indices into `claims`), joining them in `parent`.
///
/// Claims that name their subject, object and qualifiers identically align with the same
/// claims, so each distinct description is compared once, and only with the descriptions that
/// could be about the same thing ([`Blocks`]): in an archive of many stories, a claim about
/// Lagos is never compared with the claims about Lima.
fn align_kind<'c>(
    claims: &'c [Claim],
    members: &[usize],
    names: &NameIndex<'_>,
    name_keys: &mut NameKeys<'c>,
    parent: &mut [usize],
    reasons: &mut [Vec<(LinkOrder, String)>],
) {
    let gazetteer = names.gazetteer;
    let descriptions = distinct_descriptions(claims, members);
    // A representative claim per description, and whether all its claims come from one source.
    let first = |d: usize| descriptions[d][0];
    let one_source: Vec<Option<&str>> = descriptions
        .iter()
        .map(|same| {
            let source = &*claims[same[0]].evidence.source;
            same.iter()
                .all(|&x| *claims[x].evidence.source == *source)
                .then_some(source)
        })
        .collect();
    let dated = dated_apart(claims, &descriptions);
    // Identical descriptions always align (the strongest link there is): join them first.
    for (d, same) in descriptions.iter().enumerate() {
        for &other in &same[1..] {
            parent[other] = same[0];
        }
        if let Some(&other) = same
            .iter()
            .find(|&&x| claims[x].evidence.source != claims[same[0]].evidence.source)
        {
            if let Some(reason) = same_thing(&claims[first(d)], &claims[other], gazetteer, names) {
                reasons[first(d)].push(((std::cmp::Reverse(u8::MAX), same[0], other), reason));
            }
        }
    }
    // The links hold no reason: among the reports of one story most descriptions link with
    // most others, and a reason written for each of those pairs cost more memory than the
    // claims. It is written again for the links the groups keep.
    let mut links = Vec::new();
    let blocks = Blocks::new(claims, &descriptions, names, name_keys);
    let mut candidates = Vec::new();
    for a in 0..descriptions.len() {
        blocks.candidates(a, &mut candidates);

        for &b in &candidates {
            let (x, y) = (&claims[first(a)], &claims[first(b)]);
            let undated = |d: usize| !claims[first(d)].qualifiers.contains_key("year");
            if dated[a] && undated(b) || dated[b] && undated(a) {
                continue;
            }
            if same_thing(x, y, gazetteer, names).is_some() {
                links.push((strength(x, y, names), a, b));
            }
        }
    }
    // Links between claims that both name their subject and object go first; a claim that
    // names nothing links to anything, so it may join a group but never bridge two groups
    // whose claims name different things.
    links.sort_unstable_by_key(|&(strength, a, b)| (std::cmp::Reverse(strength), a, b));
    // Every pair of descriptions about one thing has a link (the blocks leave none out), so
    // whether two groups may join is read from the links, not asked of `same_thing` again.
    let linked: PairSet = links.iter().map(|&(_, a, b)| (a, b)).collect();
    let link_order =
        |strength: u8, a: usize, b: usize| (std::cmp::Reverse(strength), first(a), first(b));
    let mut joined: Vec<usize> = (0..descriptions.len()).collect();
    let mut members_of: Vec<Vec<usize>> = (0..descriptions.len()).map(|d| vec![d]).collect();
    // A group gives the reasons of the links that joined it, and for each description the
    // reason of its first link to another report: every claim's place is explained, and a
    // group of a thousand reports gives about a thousand reasons, not a million.
    let mut explained = vec![false; descriptions.len()];
    let mut apart = PairSet::default();
    for (strength, a, b) in links {
        let (root_a, root_b) = (find(&mut joined, a), find(&mut joined, b));
        let joins = root_a != root_b;
        if joins {
            // Groups only grow, so two found apart stay apart: the pair of their roots is
            // remembered, or every further link between them would check them again, pair by
            // pair (among a thousand reports of one story, most of the time of a run).
            let roots = (root_a.min(root_b), root_a.max(root_b));
            if apart.contains(&roots) {
                continue;
            }
            let compatible = members_of[root_a].iter().all(|&x| {
                members_of[root_b]
                    .iter()
                    .all(|&y| linked.contains(&(x.min(y), x.max(y))))
            });
            if !compatible {
                apart.insert(roots);
                continue;
            }
            joined[root_b] = root_a;
            parent[first(root_b)] = first(root_a);
            let moved = std::mem::take(&mut members_of[root_b]);
            members_of[root_a].extend(moved);
            let moved = std::mem::take(&mut reasons[first(root_b)]);
            reasons[first(root_a)].extend(moved);
        }
        let same_source = one_source[a].is_some() && one_source[a] == one_source[b];
        let explains = joins || !explained[a] || !explained[b];
        if same_source || !explains {
            continue;
        }
        explained[a] = true;
        explained[b] = true;
        if let Some(reason) = same_thing(&claims[first(a)], &claims[first(b)], gazetteer, names) {
            reasons[first(root_a)].push((link_order(strength, a, b), reason));
        }
    }
}

/// A set of pairs of descriptions. Among the reports of one story there are millions of links,
/// each looked up again whenever two groups may join: the standard library's SipHash was a
/// fifth of such a run, and these keys come from no user, so a multiplicative hash serves.
type PairSet = HashSet<(usize, usize), std::hash::BuildHasherDefault<PairHasher>>;

/// The hash of [`PairSet`]: each word rotated in and multiplied (as rustc's `FxHasher` does).
#[derive(Default)]
struct PairHasher(u64);

impl std::hash::Hasher for PairHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_usize(&mut self, word: usize) {
        self.write_u64(word as u64);
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Which descriptions of a kind could be about the same thing: the keys of what each names (its
/// subject, its object and, for a claim about generic words, the names of its sentence and of
/// its report), so that a description is only compared with those sharing a key where both
/// name something. Every pair [`same_thing`] would align shares keys so (see [`role_keys`],
/// [`wanted_keys`] and [`own_keys`]); a description that names nothing is compared with all.
struct Blocks {
    /// Per description: the keys of its subject and of its object (`None`: it names none);
    /// for a claim about generic words in a sentence with names, the keys those names look up
    /// and the keys of its report's names ([`set_apart`]); and the keys its subject and its
    /// object look up. A description looks up its own keys under what the others hold.
    keys: Vec<[Option<Rc<[u64]>>; 6]>,
    /// Per population (descriptions without a setting, then those with one, see [`SET`]) and
    /// per axis (subject, object, sentence names, report names): the descriptions with each
    /// key; and per population and role, the descriptions that name none, which match any.
    index: [[HashMap<u64, Vec<usize>>; 4]; 2],
    open: [[Vec<usize>; 2]; 2],
    /// The descriptions of each population.
    members: [Vec<usize>; 2],
}

/// The axes of [`Blocks`]: two descriptions may be about one thing only if their subjects
/// share a key, their objects share a key, and, when both are about generic words, the names
/// of one's sentence share a key with the names of the other's report (either way round).
const SUBJECT: usize = 0;
const OBJECT: usize = 1;
const SCENE: usize = 2;
const REPORT: usize = 3;
/// Where [`Blocks`] holds the keys a description's subject and object look up.
const WANTED: [usize; 2] = [4, 5];

/// The populations of [`Blocks`]: descriptions that have a setting (a claim about generic words
/// in a sentence with names) are looked up apart from those that have none, so that a claim
/// about a "visit" in Lagos is compared with the other settings' visits only through their
/// names, not through the word "visit" every story of an archive shares.
const UNSET: usize = 0;
const SET: usize = 1;

impl Blocks {
    fn new<'c>(
        claims: &'c [Claim],
        descriptions: &[Vec<usize>],
        names: &NameIndex,
        name_keys: &mut NameKeys<'c>,
    ) -> Self {
        let keys: Vec<[Option<Rc<[u64]>>; 6]> = descriptions
            .iter()
            .map(|same| {
                let claim = &claims[same[0]];
                let (subject, wanted_subject) = name_keys.role(&claim.subject).unzip();
                let (object, wanted_object) = name_keys.role(&claim.object).unzip();
                let (scene, report) = (!claim.scene.is_empty() && names.generic(claim))
                    .then(|| (name_keys.scene(claim), name_keys.report(claim)))
                    .unzip();
                [
                    subject,
                    object,
                    scene,
                    report,
                    wanted_subject,
                    wanted_object,
                ]
            })
            .collect();
        let mut index: [[HashMap<u64, Vec<usize>>; 4]; 2] = Default::default();
        let mut open: [[Vec<usize>; 2]; 2] = Default::default();
        let mut members: [Vec<usize>; 2] = Default::default();
        for (d, axes) in keys.iter().enumerate() {
            let population = if axes[SCENE].is_some() { SET } else { UNSET };
            members[population].push(d);
            for (axis, keys) in axes[..4].iter().enumerate() {
                match keys {
                    Some(keys) => {
                        for &key in keys.iter() {
                            index[population][axis].entry(key).or_default().push(d);
                        }
                    }
                    // A role it does not name matches any. (Only the descriptions with a
                    // setting are looked up by setting, and those all have one.)
                    None if axis < SCENE => open[population][axis].push(d),
                    None => {}
                }
            }
        }
        Blocks {
            keys,
            index,
            open,
            members,
        }
    }

    /// The descriptions after `a` that could be about what `a` is about, in order.
    ///
    /// From each population the descriptions are enumerated along the axis that gives fewest,
    /// the other axes checked pair by pair: a description with a setting meets the others with
    /// a setting through their names, whatever generic word they share.
    fn candidates(&self, a: usize, found: &mut Vec<usize>) {
        found.clear();
        let keys = &self.keys[a];
        for population in [UNSET, SET] {
            let index = &self.index[population];
            let open = &self.open[population];
            let listed = |axis: usize, other: usize| {
                keys[axis]
                    .iter()
                    .flat_map(|k| k.iter())
                    .filter_map(move |k| index[other].get(k))
            };
            let from = |axis: usize| {
                keys[WANTED[axis]].as_ref().map(|_| {
                    let n = listed(WANTED[axis], axis).map(Vec::len).sum::<usize>();
                    (n + open[axis].len(), axis)
                })
            };
            // The setting holds either way round: a's report may know b's sentence. Every
            // description with a setting has keys on both setting axes, none is open there.
            // Between two settings the names are what sets stories apart, never the generic
            // words they share, so they are enumerated by their names whatever the counts.
            let best = if population == SET && keys[SCENE].is_some() {
                Some((0, SCENE))
            } else {
                [from(SUBJECT), from(OBJECT)].into_iter().flatten().min()
            };
            match best {
                None => found.extend(self.members[population].iter().filter(|&&b| b > a)),
                Some((_, SCENE)) => {
                    let listed = listed(SCENE, REPORT).chain(listed(REPORT, SCENE));
                    found.extend(listed.flatten().filter(|&&b| b > a));
                }
                Some((_, axis)) => {
                    let listed = listed(WANTED[axis], axis).flatten().chain(&open[axis]);
                    found.extend(listed.filter(|&&b| b > a));
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found.retain(|&b| self.may_match(a, b));
    }

    /// Whether `a` looks up a key `b` holds on every axis where both have keys.
    fn may_match(&self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.keys[a], &self.keys[b]);
        let share = |axis: usize, other: usize| match (&x[axis], &y[other]) {
            (Some(p), Some(q)) => intersect(p, q),
            _ => true,
        };
        let setting = match (&x[SCENE], &y[SCENE]) {
            (Some(_), Some(_)) => {
                intersect_opt(&x[SCENE], &y[REPORT]) || intersect_opt(&y[SCENE], &x[REPORT])
            }
            _ => true,
        };
        share(WANTED[SUBJECT], SUBJECT) && share(WANTED[OBJECT], OBJECT) && setting
    }
}

fn sorted(keys: impl Iterator<Item = u64>) -> Vec<u64> {
    let mut keys: Vec<u64> = keys.collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Whether two sorted key lists share a key.
fn intersect(a: &[u64], b: &[u64]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

fn intersect_opt(a: &Option<Rc<[u64]>>, b: &Option<Rc<[u64]>>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if intersect(a, b))
}

/// The keys of a role, as [`Blocks`] holds them ([`own_keys`]) and as it looks them up
/// ([`wanted_keys`]), with the head of its description in both. Close spellings count only
/// between names ([`is_name_like`]), looked up in `spellings`, the names of all roles.
fn role_keys(role: &Role, spellings: &Spellings, gazetteer: &Gazetteer) -> (Vec<u64>, Vec<u64>) {
    let key = name_key(&role.name);
    let mut own = own_keys(&role.name, role.entity, gazetteer);
    let close = is_name_like(role).then(|| spellings.close_to(&key));
    let mut wanted = wanted_keys(
        &role.name,
        role.entity,
        close.into_iter().flatten(),
        gazetteer,
    );
    if let Some(description) = &role.description {
        // Prices, costs and bills of a category meet ([`descriptions_meet`]): one block.
        let head = match description.head.as_str() {
            "cost" | "bill" => "price",
            head => head,
        };
        own.push(hash_key("head", head));
        wanted.push(hash_key("head", head));
    }
    (sorted(own.into_iter()), sorted(wanted.into_iter()))
}

/// The keys under which a name key is looked up for close spellings ([`Spellings`]): its first
/// two characters and its last two. Two spellings close enough to match share their first two
/// letters, or differ there and agree in their ending ("Tchaikovsky", "Chaikovsky"); a pair
/// that differs in both is not compared.
fn spelling_keys(key: &str) -> [u64; 2] {
    let chars: Vec<char> = key.chars().collect();
    let start: String = chars.iter().take(2).collect();
    let end: String = chars[chars.len().saturating_sub(2)..].iter().collect();
    [hash_key("starts", &start), hash_key("ends", &end)]
}

/// The keys under which a name looks for the names it may match, to meet their [`own_keys`]
/// (as [`names_match`] and [`roles_match`] compare names, and [`NameIndex::mentions`] asks of a
/// report): its name key; as a one-word name, the surname of a full name; as a full name, its
/// last word alone; the names spelt `close` to it; its entity, every entity it lies within,
/// and, as an entity, what lies within it. The keys go one way, so that two full names that
/// share only a last word, two names that share an ending, or two places in one country are
/// not keyed alike.
fn wanted_keys<'n>(
    name: &str,
    entity: Option<usize>,
    close: impl Iterator<Item = &'n str>,
    gazetteer: &Gazetteer,
) -> Vec<u64> {
    let key = name_key(name);
    let mut keys = vec![hash_key("name", &key)];
    let words = name.split_whitespace().count();
    if words == 1 && name.chars().next().is_some_and(char::is_uppercase) {
        keys.push(hash_key("surname", &key));
    }
    if words > 1 {
        if let Some(last) = name.split_whitespace().last() {
            keys.push(hash_key("single", &name_key(last)));
        }
    }
    // The name without words before it (see [`NameIndex::mentions`]).
    keys.extend(trailing_names(name).map(|words| hash_key("name", &name_key(&words))));
    // An institution named after its place, and the place (see [`NameIndex::mentions`]).
    if name.chars().next().is_some_and(char::is_uppercase) {
        keys.push(hash_key("leading", &key));
        keys.extend(leading_words(name).map(|words| hash_key("name", &name_key(words))));
    }
    keys.extend(close.map(|other| hash_key("name", other)));
    if let Some(entity) = entity {
        keys.extend(lineage(entity, gazetteer).map(|x| hash_key("entity", &x.to_string())));
        keys.push(hash_key("contains", &entity.to_string()));
    }
    keys
}

/// The last two words or more of a name of three words or more: "fellow Kenyan Julius Kemboi",
/// "former President Ana Ruiz" are still "Julius Kemboi" and "Ana Ruiz" to a report that leaves
/// out the words before them.
fn trailing_names(name: &str) -> impl Iterator<Item = String> + '_ {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..words.len().saturating_sub(1)).map(move |from| words[from..].join(" "))
}

/// The keys of a name, to meet the [`wanted_keys`] of the names that may match it.
fn own_keys(name: &str, entity: Option<usize>, gazetteer: &Gazetteer) -> Vec<u64> {
    let key = name_key(name);
    let mut keys = vec![hash_key("name", &key)];
    keys.extend(trailing_names(name).map(|words| hash_key("name", &name_key(&words))));
    if name.split_whitespace().count() > 1 {
        if let Some(last) = name.split_whitespace().last() {
            keys.push(hash_key("surname", &name_key(last)));
        }
        if name.chars().next().is_some_and(char::is_uppercase) {
            keys.extend(leading_words(name).map(|words| hash_key("leading", &name_key(words))));
        }
    } else if name.chars().next().is_some_and(char::is_uppercase) {
        keys.push(hash_key("single", &key));
    }
    if let Some(entity) = entity {
        keys.push(hash_key("entity", &entity.to_string()));
        keys.extend(
            lineage(entity, gazetteer)
                .skip(1)
                .map(|x| hash_key("contains", &x.to_string())),
        );
    }
    keys
}

/// An entity and the entities it lies within, as far as [`Gazetteer::is_within`] looks.
fn lineage(entity: usize, gazetteer: &Gazetteer) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(Some(entity), |&index| {
        gazetteer
            .get(index)
            .part_of
            .as_deref()
            .and_then(|p| gazetteer.lookup(p))
    })
    .take(16)
}

/// The keys of names for [`Blocks`], made once for all kinds: of roles, of the sentences'
/// names and of the reports' names, shared by all the claims of a sentence or a report.
struct NameKeys<'c> {
    gazetteer: &'c Gazetteer,
    /// The name keys of every report with a claim that names something in its sentence: those
    /// are the reports a sentence's name is asked of ([`NameIndex::mentions`]).
    report_spellings: Spellings,
    /// The name keys of every role that reads as a name.
    role_spellings: Spellings,
    names: HashMap<&'c str, Vec<u64>>,
    roles: HashMap<*const Role, RoleKeys>,
    scenes: HashMap<*const Vec<String>, Rc<[u64]>>,
    reports: HashMap<*const Vec<String>, Rc<[u64]>>,
}

/// A role's keys: as held, and as looked up.
type RoleKeys = (Rc<[u64]>, Rc<[u64]>);

impl<'c> NameKeys<'c> {
    fn new(claims: &'c [Claim], gazetteer: &'c Gazetteer) -> Self {
        let mut reports: HashSet<*const Vec<String>> = HashSet::new();
        let report_names = claims
            .iter()
            .filter(|claim| !claim.scene.is_empty())
            .filter(|claim| reports.insert(Arc::as_ptr(&claim.document_names)))
            .flat_map(|claim| claim.document_names.iter());
        let role_names = claims
            .iter()
            .flat_map(|claim| [&claim.subject, &claim.object])
            .flatten()
            .filter(|role| is_name_like(role))
            .map(|role| &*role.name);
        NameKeys {
            gazetteer,
            report_spellings: Spellings::new(report_names.map(String::as_str), 4),
            role_spellings: Spellings::new(role_names, 0),
            names: HashMap::new(),
            roles: HashMap::new(),
            scenes: HashMap::new(),
            reports: HashMap::new(),
        }
    }

    fn role(&mut self, role: &'c Option<Arc<Role>>) -> Option<RoleKeys> {
        let (spellings, gazetteer) = (&self.role_spellings, self.gazetteer);
        role.as_ref().map(|role| {
            let keys = self.roles.entry(Arc::as_ptr(role)).or_insert_with(|| {
                let (own, wanted) = role_keys(role, spellings, gazetteer);
                (Rc::from(own), Rc::from(wanted))
            });
            (Rc::clone(&keys.0), Rc::clone(&keys.1))
        })
    }

    fn scene(&mut self, claim: &'c Claim) -> Rc<[u64]> {
        let NameKeys {
            gazetteer,
            report_spellings,
            names,
            scenes,
            ..
        } = self;
        let keys = scenes.entry(Arc::as_ptr(&claim.scene)).or_insert_with(|| {
            Rc::from(sorted(claim.scene.iter().flat_map(|name| {
                names
                    .entry(name)
                    .or_insert_with(|| {
                        let key = name_key(name);
                        let close = report_spellings.close_to(&key);
                        wanted_keys(name, gazetteer.lookup(name), close, gazetteer)
                    })
                    .clone()
            })))
        });
        Rc::clone(keys)
    }

    fn report(&mut self, claim: &Claim) -> Rc<[u64]> {
        let gazetteer = self.gazetteer;
        let names = &claim.document_names;
        let keys = self.reports.entry(Arc::as_ptr(names)).or_insert_with(|| {
            Rc::from(sorted(
                names
                    .iter()
                    .flat_map(|n| own_keys(n, gazetteer.lookup(n), gazetteer)),
            ))
        });
        Rc::clone(keys)
    }
}

/// Name keys indexed for close spellings ([`spelt_close`], among keys of `minimum` bytes or
/// more that share a [`spelling_keys`] block): which of them a name is spelt close to is looked
/// up once per name, so that names are keyed by the names they may match, not by letters
/// they happen to share.
struct Spellings {
    minimum: usize,
    index: HashMap<u64, Vec<(String, usize)>>,
}

impl Spellings {
    fn new<'n>(names: impl Iterator<Item = &'n str>, minimum: usize) -> Self {
        let mut keys: Vec<String> = names.map(name_key).filter(|k| k.len() >= minimum).collect();
        keys.sort_unstable();
        keys.dedup();
        let mut index: HashMap<u64, Vec<(String, usize)>> = HashMap::new();
        for key in keys {
            let length = key.chars().count();
            for block in spelling_keys(&key) {
                index.entry(block).or_default().push((key.clone(), length));
            }
        }
        Spellings { minimum, index }
    }

    /// The keys spelt close to `key`.
    fn close_to<'s>(&'s self, key: &'s str) -> impl Iterator<Item = &'s str> + 's {
        let length = key.chars().count();
        let blocks = if key.len() >= self.minimum {
            spelling_keys(key).to_vec()
        } else {
            Vec::new()
        };
        blocks
            .into_iter()
            .filter_map(|block| self.index.get(&block))
            .flatten()
            .filter(move |(other, other_length)| spelt_close(key, length, other, *other_length))
            .map(|(other, _)| other.as_str())
    }
}

fn hash_key(what: &str, key: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (what, key).hash(&mut hasher);
    hasher.finish()
}

/// Which descriptions are of a year their own report tells apart from an undated figure of the
/// same thing: "Last year the council raised council tax by 2.99%" in a report that also says
/// it "will raise council tax by 4.5%". Such a report's undated figure is not that year's, so
/// the dated one meets no undated figure, of its report or another (a year's figure otherwise
/// meets an undated one: results are reported the year after, see [`long_past`]).
fn dated_apart<'c>(claims: &'c [Claim], descriptions: &[Vec<usize>]) -> Vec<bool> {
    type RoleKey<'a> = Option<(&'a str, Option<usize>)>;
    // What a figure is of: its subject, its object and its qualifiers other than the year.
    type Key<'a> = (RoleKey<'a>, RoleKey<'a>, Vec<(&'a str, &'a str)>);
    fn key(role: &Option<Arc<Role>>) -> RoleKey<'_> {
        role.as_ref().map(|r| (&*r.name, r.entity))
    }
    let rest = |claim: &'c Claim| -> Vec<(&'c str, &'c str)> {
        claim
            .qualifiers
            .iter()
            .filter(|(k, _)| *k != "year")
            .collect()
    };
    let mut undated: HashMap<Key, HashSet<&str>> = HashMap::new();
    for same in descriptions {
        let claim = &claims[same[0]];
        if !claim.qualifiers.contains_key("year") {
            undated
                .entry((key(&claim.subject), key(&claim.object), rest(claim)))
                .or_default()
                .extend(same.iter().map(|&x| &*claims[x].evidence.source));
        }
    }
    descriptions
        .iter()
        .map(|same| {
            let claim = &claims[same[0]];
            claim.qualifiers.contains_key("year")
                && undated
                    .get(&(key(&claim.subject), key(&claim.object), rest(claim)))
                    .is_some_and(|sources| {
                        same.iter()
                            .any(|&x| sources.contains(&*claims[x].evidence.source))
                    })
        })
        .collect()
}

/// The claims of `members` grouped by what they are about (subject, object, qualifiers), in
/// the order each description first occurs.
fn distinct_descriptions(claims: &[Claim], members: &[usize]) -> Vec<Vec<usize>> {
    type RoleKey<'a> = Option<(&'a str, Option<usize>, Option<&'a Description>)>;
    fn key(role: &Option<Arc<Role>>) -> RoleKey<'_> {
        role.as_ref()
            .map(|r| (&*r.name, r.entity, r.description.as_ref()))
    }
    // A claim about generic words only is told apart by the names around it (see
    // [`set_apart`]), so those names are part of what it is about. Its report's names only
    // count when its sentence names something: without a name there, nothing sets it apart,
    // and the same generic words in a hundred reports are one description, not a hundred
    // compared with one another.
    type Setting<'a> = Option<(&'a [String], &'a [String])>;
    type Key<'a> = (RoleKey<'a>, RoleKey<'a>, &'a Qualifiers, Setting<'a>);
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut descriptions: Vec<Vec<usize>> = Vec::new();
    for &member in members {
        let claim = &claims[member];
        let setting = generic(claim).then(|| {
            let report: &[String] = if claim.scene.is_empty() {
                &[]
            } else {
                &claim.document_names
            };
            (claim.scene.as_slice(), report)
        });
        let description = (
            key(&claim.subject),
            key(&claim.object),
            &claim.qualifiers,
            setting,
        );
        match index.get(&description) {
            Some(&d) => descriptions[d].push(member),
            None => {
                index.insert(description, descriptions.len());
                descriptions.push(vec![member]);
            }
        }
    }
    descriptions
}

/// How much two claims say about what they are about: 4 when both name their subject (or
/// neither has one) and their object, 2 less for each role only one of them names, and one
/// more when their sentences name the same thing. A claim of one report that could join either
/// of two claims of another ("The Valmora-based airline reported a net profit" against "Aurelis
/// Air, Valmora's flag carrier, said it made a net profit" and "Corvane Airlines reported a net
/// profit") joins the one whose sentence names what its own does.
fn strength(a: &Claim, b: &Claim, names: &NameIndex) -> u8 {
    let named = |x: &Option<Arc<Role>>, y: &Option<Arc<Role>>| u8::from(x.is_some() == y.is_some());
    let same_setting = !a.scene.is_empty() && !b.scene.is_empty() && scenes_meet(a, b, names);
    2 * (named(&a.subject, &b.subject) + named(&a.object, &b.object)) + u8::from(same_setting)
}

fn find(parent: &mut [usize], mut index: usize) -> usize {
    while parent[index] != index {
        parent[index] = parent[parent[index]];
        index = parent[index];
    }
    index
}

/// The qualifiers that only meet their like: a stated maximum (see `normalize::limit`), what a
/// plan or forecast says will happen, a change summed over the year so far (see
/// `normalize::period::to_date`) and a run of a series ("the 27th consecutive flight", see
/// `normalize::period::in_a_row`), and a time of day on a named clock ("09:17 GMT" is no
/// local time), one day's or one place's share (see `normalize::period::part_alone`), and the
/// place a generic count is said of (see `normalize`), and a count of those still there (see
/// `normalize::period::still_there`), and an earlier offer than the one agreed (a rule's
/// `earlier` capture). One claim with such a qualifier and one without are about different
/// things.
const ONLY_WITH_THEIR_LIKE: [&str; 9] = [
    "limit", "outlook", "to date", "run", "zone", "part", "place", "phase", "stage",
];

/// Whether `dated` is said of a year two or more before the year `other`'s report was published,
/// and `other` names no year: the undated figure is the news's own, this year's or last year's
/// ("the $1.74 billion jackpot"), and the other an earlier one ("the $1.59 billion jackpot won
/// in 2023"). Last year's figure still meets an undated one, as results are reported the year
/// after ("a net profit of €412 million last year" and "a net profit of €0.38bn"), unless the
/// year is written as a possessive: "last year's $1.71 billion budget" is set against this
/// year's, not the news's own.
fn long_past(dated: &Claim, other: &Claim) -> bool {
    if other.qualifiers.get("year").is_some() {
        return false;
    }
    let Some(label) = dated.qualifiers.get("year") else {
        return false;
    };
    // A figure of a month half a year or more before the other's report is an earlier event's
    // ("In January 2025, the company cut about 2,300 jobs", against this spring's cuts).
    if let Some((year, month)) = crate::normalize::period::month_of_label(label) {
        return other.evidence.published.is_some_and(|date| {
            let months = |year: i16, month: i8| i32::from(year) * 12 + i32::from(month);
            months(date.year(), date.month()) - months(year, month) >= 6
        });
    }
    let year = label.get(..4).and_then(|year| year.parse::<i16>().ok());
    let now = other.evidence.published.map(|date| date.year());
    let gap = if possessive_year(&dated.evidence.sentence, label) {
        1
    } else {
        2
    };
    year.zip(now).is_some_and(|(year, now)| year + gap <= now)
}

/// Whether `sentence` writes the year `label` as a possessive: "last year's", "2025's".
fn possessive_year(sentence: &str, label: &str) -> bool {
    sentence.match_indices(['\'', '’']).any(|(at, mark)| {
        let before = &sentence[..at];
        let year_word = before
            .get(before.len().saturating_sub(4)..)
            .is_some_and(|word| word.eq_ignore_ascii_case("year"));
        sentence[at + mark.len()..].starts_with('s') && (year_word || before.ends_with(label))
    })
}

/// Why two claims of one kind are about the same thing, or `None` if they are not.
fn same_thing(a: &Claim, b: &Claim, gazetteer: &Gazetteer, names: &NameIndex) -> Option<String> {
    for (key, value) in &a.qualifiers {
        if b.qualifiers.get(key).is_some_and(|other| other != value) {
            return None;
        }
    }
    // A maximum allowed or faced is never the amount imposed, nor a forecast what happened.
    if ONLY_WITH_THEIR_LIKE
        .iter()
        .any(|key| a.qualifiers.contains_key(key) != b.qualifiers.contains_key(key))
    {
        return None;
    }
    // A figure for a year with no part of it named is the whole year's: it never meets a
    // quarter's or a half's ("sales of $286 million last year", "first-quarter revenue of
    // $81.3 million").
    let part_of_year = |x: &Claim, y: &Claim| {
        x.qualifiers.contains_key("period")
            && !y.qualifiers.contains_key("period")
            && y.qualifiers.contains_key("year")
    };
    if part_of_year(a, b) || part_of_year(b, a) {
        return None;
    }
    if long_past(a, b) || long_past(b, a) {
        return None;
    }
    // The setting first: it is the cheaper question, and the one that sets apart the claims
    // of different stories.
    if set_apart(a, b, names) {
        return None;
    }
    let subject = roles_match(a.subject.as_deref(), b.subject.as_deref(), gazetteer)?;
    let object = roles_match(a.object.as_deref(), b.object.as_deref(), gazetteer)?;
    let mut parts = vec![format!("same kind `{}`", a.kind)];
    if let Some(subject) = subject {
        parts.push(format!("subject {subject}"));
    }
    if let Some(object) = object {
        parts.push(format!("object {object}"));
    }
    for (key, value) in &a.qualifiers {
        if b.qualifiers.contains_key(key) {
            parts.push(format!("same {key} \"{value}\""));
        }
    }
    Some(parts.join("; "))
}

/// Whether two roles name the same thing: `Some(Some(why))` if they do, `Some(None)` when neither
/// names anything, `None` when they differ.
fn roles_match(
    a: Option<&Role>,
    b: Option<&Role>,
    gazetteer: &Gazetteer,
) -> Option<Option<String>> {
    let (a, b) = match (a, b) {
        (None, None) => return Some(None),
        (Some(role), None) | (None, Some(role)) => {
            return Some(Some(format!("\"{}\" (the other names none)", role.name)))
        }
        (Some(a), Some(b)) => (a, b),
    };
    if let (Some(x), Some(y)) = (a.entity, b.entity) {
        if x == y {
            return Some(Some(format!("\"{}\" (same entity)", a.name)));
        }
        if gazetteer.is_within(x, y) {
            return Some(Some(format!("\"{}\" is part of \"{}\"", a.name, b.name)));
        }
        if gazetteer.is_within(y, x) {
            return Some(Some(format!("\"{}\" is part of \"{}\"", b.name, a.name)));
        }
        return None;
    }
    let (key_a, key_b) = (name_key(&a.name), name_key(&b.name));
    if key_a == key_b {
        return Some(Some(format!("\"{}\" (same name)", a.name)));
    }
    if let Some(why) = same_surname(&a.name, &b.name) {
        return Some(Some(why));
    }
    if is_name_like(a) && is_name_like(b) {
        let similarity = strsim::jaro_winkler(&key_a, &key_b);
        if similarity >= NAME_SIMILARITY {
            return Some(Some(format!(
                "\"{}\" ~ \"{}\" (spelling similarity {similarity:.2})",
                a.name, b.name
            )));
        }
    }
    // Two names are two things however alike their kinds: "Dunmore County Council" and "Ardee
    // Borough Council" are both councils, and never one council.
    let both_named = is_name_like(a) && is_name_like(b);
    if let (Some(x), Some(y), false) = (&a.description, &b.description, both_named) {
        if let Some(shared) = descriptions_meet(x, y) {
            return Some(Some(format!(
                "\"{}\" ~ \"{}\" (both about the {}{})",
                a.name,
                b.name,
                shared.iter().map(|s| format!("{s} ")).collect::<String>(),
                x.head
            )));
        }
    }
    None
}

/// The modifiers two descriptions share, when they describe the same thing: the same head noun,
/// modifiers in common unless one has none ("the partnership" is "the strategic partnership"),
/// and, when both name a group after "for" or "among", the same group ("the reduced fare for
/// seniors" is not the one "for students").
fn descriptions_meet<'d>(x: &'d Description, y: &Description) -> Option<Vec<&'d String>> {
    let shared: Vec<&String> = x
        .modifiers
        .iter()
        .filter(|m| y.modifiers.contains(m))
        .collect();
    let unqualified = x.modifiers.is_empty() || y.modifiers.is_empty();
    // Prices, costs and sales split into categories: "food prices" are a part of "prices" (all
    // of them), never the same figure, unless the word only says it is the whole ("consumer
    // prices", "total sales").
    if unqualified && CATEGORY_HEADS.contains(&x.head.as_str()) {
        let named = if x.modifiers.is_empty() { y } else { x };
        if named
            .modifiers
            .iter()
            .any(|m| !WHOLE_MODIFIERS.contains(&m.as_str()))
        {
            return None;
        }
    }
    let groups_meet = match (&x.complement, &y.complement) {
        (Some(p), Some(q)) => descriptions_meet(p, q).is_some(),
        _ => true,
    };
    // What a category of goods costs is its price: "food costs" and "food prices" are one
    // figure, while bare "costs" (a company's) and "prices" stay two.
    let priced = |head: &str| matches!(head, "price" | "cost" | "bill");
    let heads_meet = x.head == y.head
        || (priced(&x.head) && priced(&y.head) && !unqualified && !shared.is_empty());
    (heads_meet && (unqualified || !shared.is_empty()) && groups_meet).then_some(shared)
}

/// Heads of figures that split into categories (see [`descriptions_meet`]), singular. Fares
/// are not among them: a rail story's "fares" are its "rail fares".
const CATEGORY_HEADS: &[&str] = &["price", "cost", "bill", "sale", "export", "import"];

/// Words before a figure's head that say it is the whole, not a category of it.
const WHOLE_MODIFIERS: &[&str] = &[
    "consumer", "overall", "total", "headline", "annual", "average", "general", "all",
];

/// "Lauritsen" and "Henrik Lauritsen": a one-word name that is the other's last word, as news
/// calls people by surname after the first mention.
fn same_surname(a: &str, b: &str) -> Option<String> {
    let (short, long) = if a.split_whitespace().count() <= b.split_whitespace().count() {
        (a, b)
    } else {
        (b, a)
    };
    let is_name = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let single = short.split_whitespace().count() == 1 && is_name(short);
    let last = long.split_whitespace().last()?;
    // The surname is capitalised where the full name writes it: "Average rents" names no one.
    (single
        && is_name(last)
        && long.split_whitespace().count() > 1
        && name_key(last) == name_key(short))
    .then(|| format!("\"{short}\" is the surname of \"{long}\""))
}

/// Whether a role reads as a proper name (a gazetteer entity, or a few capitalised words)
/// rather than a description or a common noun, so that spelling similarity means something:
/// "first vote" and "first time" are close in spelling and name nothing.
fn is_name_like(role: &Role) -> bool {
    let words: Vec<&str> = role.name.split_whitespace().collect();
    role.entity.is_some()
        || (!words.is_empty()
            && words.len() <= 4
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || NAME_PARTICLES.contains(w)
            }))
}

/// Small words inside names ("Bank of England", "Lula da Silva").
const NAME_PARTICLES: &[&str] = &[
    "of", "de", "da", "do", "dos", "del", "du", "von", "van", "der",
];

/// Whether a claim is about something only generic words say: no role names an entity or a
/// proper name of its sentence ("vote", "first time", the story's "fire").
fn generic(claim: &Claim) -> bool {
    [&claim.subject, &claim.object]
        .into_iter()
        .flatten()
        .all(|role| {
            role.entity.is_none()
                && !role.resolution.contains("named in the text")
                && !claim.scene.iter().any(|n| names_match(n, &role.name))
        })
}

/// Two claims whose identity is only generic words are set apart when each sentence names
/// something and neither report mentions anything the other's sentence names: "the proposal won
/// 54 percent of the vote at the Harbour Rowing Club" and "31 percent of the vote at the
/// Lakeside Sailing Club" are about two votes, even though both are "vote · vote".
///
/// Within one report every name is mentioned, so there the sentences' own names decide, when the
/// report gives two values that cannot both hold: "Aurelis Air said it made a net profit of €412
/// million" and, further down, "Corvane Airlines, its main rival, reported a net profit of €290
/// million" are two companies' profits. A report is taken not to contradict itself; the same
/// value named with other words ("Westmarch hospital operator" in the headline, "Carrowmoor
/// Health Group" in the first paragraph) is one thing said twice.
fn set_apart(a: &Claim, b: &Claim, names: &NameIndex) -> bool {
    if !(names.generic(a) && names.generic(b)) {
        return false;
    }
    if Arc::ptr_eq(&a.document_names, &b.document_names) {
        return a.value.relation(&b.value) == Relation::Disjoint
            && (a.scene.is_empty() || b.scene.is_empty() || !scenes_meet(a, b, names));
    }
    if a.scene.is_empty() || b.scene.is_empty() {
        return false;
    }
    let known_to = |scene: &[String], other: &Claim| {
        scene
            .iter()
            .any(|n| names.mentions(n, &other.document_names))
    };
    !known_to(&a.scene, b) && !known_to(&b.scene, a)
}

/// Whether the names of one claim's sentence are mentioned in the other's (either way round).
fn scenes_meet(a: &Claim, b: &Claim, names: &NameIndex) -> bool {
    let known_to =
        |scene: &[String], other: &Arc<Vec<String>>| scene.iter().any(|n| names.mentions(n, other));
    known_to(&a.scene, &b.scene) || known_to(&b.scene, &a.scene)
}

/// The proper names of the reports, indexed once per report, and what was already asked of
/// them: whether a report mentions a name is asked for every pair of claims about generic
/// words, and going through the report's names each time cost most of the alignment time.
struct NameIndex<'g> {
    gazetteer: &'g Gazetteer,
    documents: RefCell<HashMap<*const Vec<String>, Rc<DocumentIndex>>>,
    /// Per report, the names asked about and the answers.
    answers: RefCell<HashMap<*const Vec<String>, HashMap<String, bool>>>,
    /// Whether each claim asked about so far is [`generic`].
    generic: RefCell<HashMap<*const Claim, bool>>,
}

/// One report's names as [`names_match`] compares them.
struct DocumentIndex {
    /// Every name's key.
    keys: HashSet<String>,
    /// The key of the last word of every name of several words, for a surname alone.
    surnames: HashSet<String>,
    /// The keys of every name's last words ([`trailing_names`]): "Julius Kemboi" of "Kenyan
    /// Julius Kemboi".
    trailing: HashSet<String>,
    /// The keys of the one-word names that start with a capital, for a full name.
    single: HashSet<String>,
    /// The keys of the place an institution's name starts with ("Brackenridge" and
    /// "Brackenridge City" of "Brackenridge City Council"; see [`leading_words`]).
    leading: HashSet<String>,
    /// Every key of four bytes or more, for close spellings.
    spellings: Spellings,
    /// The gazetteer entities the names are.
    entities: Vec<usize>,
}

impl<'g> NameIndex<'g> {
    fn new(gazetteer: &'g Gazetteer) -> Self {
        NameIndex {
            gazetteer,
            documents: RefCell::default(),
            answers: RefCell::default(),
            generic: RefCell::default(),
        }
    }

    /// [`generic`], remembered per claim.
    fn generic(&self, claim: &Claim) -> bool {
        *self
            .generic
            .borrow_mut()
            .entry(std::ptr::from_ref(claim))
            .or_insert_with(|| generic(claim))
    }

    /// Whether a report (its names) mentions `name`: the same name, a surname and a full
    /// name, a close spelling, or one inside the other in the gazetteer.
    fn mentions(&self, name: &str, document: &Arc<Vec<String>>) -> bool {
        let report = Arc::as_ptr(document);
        if let Some(&answer) = self
            .answers
            .borrow()
            .get(&report)
            .and_then(|answers| answers.get(name))
        {
            return answer;
        }
        let index = self.document(document);
        let key = name_key(name);
        let words = name.split_whitespace().count();
        let capitalised = name.chars().next().is_some_and(char::is_uppercase);
        let surname_of_one = words == 1 && capitalised && index.surnames.contains(&key);
        let full_name_of_one = words > 1
            && name
                .split_whitespace()
                .last()
                .is_some_and(|last| index.single.contains(&name_key(last)));
        // "Brackenridge" and "Brackenridge City Council": an institution named after its place
        // is in that place, whichever report names which.
        let named_after = capitalised
            && (index.leading.contains(&key)
                || leading_words(name).any(|words| index.keys.contains(&name_key(words))));
        // A name with words before it that the other report leaves out, either way round.
        let ends_with_known = index.trailing.contains(&key)
            || trailing_names(name).any(|words| index.keys.contains(&name_key(&words)));
        let answer = index.keys.contains(&key)
            || surname_of_one
            || full_name_of_one
            || ends_with_known
            || named_after
            || index.spellings.close_to(&key).next().is_some()
            || self.gazetteer.lookup(name).is_some_and(|x| {
                index.entities.iter().any(|&y| {
                    x == y || self.gazetteer.is_within(x, y) || self.gazetteer.is_within(y, x)
                })
            });
        self.answers
            .borrow_mut()
            .entry(report)
            .or_default()
            .insert(name.to_string(), answer);
        answer
    }

    fn document(&self, document: &Arc<Vec<String>>) -> Rc<DocumentIndex> {
        let pointer = Arc::as_ptr(document);
        if let Some(index) = self.documents.borrow().get(&pointer) {
            return Rc::clone(index);
        }
        let mut index = DocumentIndex {
            keys: HashSet::new(),
            surnames: HashSet::new(),
            trailing: HashSet::new(),
            single: HashSet::new(),
            leading: HashSet::new(),
            spellings: Spellings::new(document.iter().map(String::as_str), 4),
            entities: Vec::new(),
        };
        for name in document.iter() {
            let key = name_key(name);
            let words = name.split_whitespace().count();
            if words > 1 {
                if let Some(last) = name.split_whitespace().last() {
                    index.surnames.insert(name_key(last));
                }
                index
                    .trailing
                    .extend(trailing_names(name).map(|words| name_key(&words)));
                if name.chars().next().is_some_and(char::is_uppercase) {
                    index.leading.extend(leading_words(name).map(name_key));
                }
            } else if name.chars().next().is_some_and(char::is_uppercase) {
                index.single.insert(key.clone());
            }
            index.keys.insert(key);
            index.entities.extend(self.gazetteer.lookup(name));
        }
        let index = Rc::new(index);
        self.documents
            .borrow_mut()
            .insert(pointer, Rc::clone(&index));
        index
    }
}

/// The words after a place's name that make it the name of the place's institution: "City
/// Council", "County Board", "Police".
const INSTITUTION_WORDS: &[&str] = &[
    "city",
    "town",
    "county",
    "district",
    "municipal",
    "metropolitan",
    "regional",
    "state",
    "provincial",
    "council",
    "board",
    "assembly",
    "authority",
    "government",
    "administration",
    "police",
    "fire",
    "department",
    "court",
    "school",
    "schools",
    "university",
    "hospital",
    "commission",
    "corporation",
    "municipality",
    "parliament",
    "legislature",
];

/// The leading words of a name of several words that name the place its institution is named
/// after, without the whole name: "Brackenridge" and "Brackenridge City" of "Brackenridge City
/// Council", but nothing of "Norrvale Systems" (a company is not its town).
fn leading_words(name: &str) -> impl Iterator<Item = &str> {
    let name = name.trim();
    name.match_indices(char::is_whitespace)
        .map(move |(at, _)| (&name[..at], &name[at..]))
        .filter(|(words, rest)| {
            !words.ends_with(char::is_whitespace)
                && rest.split_whitespace().all(|word| {
                    INSTITUTION_WORDS
                        .iter()
                        .any(|institution| word.eq_ignore_ascii_case(institution))
                })
        })
        .map(|(words, _)| words)
}

/// Whether two keys that share a [`spelling_keys`] block (with their lengths in characters)
/// are spellings of one name. Jaro-Winkler is at most 0.4 + 0.6 × Jaro, and Jaro at most
/// (2 + shorter / longer) / 3, so two keys whose lengths are further apart than 0.6 cannot
/// reach the similarity: they are skipped without computing it.
fn spelt_close(key: &str, length: usize, other: &str, other_length: usize) -> bool {
    let (short, long) = (length.min(other_length), length.max(other_length));
    short as f64 >= 0.6 * long as f64 && strsim::jaro_winkler(key, other) >= NAME_SIMILARITY
}

/// Whether two proper names name the same thing: the same up to case and accents, a surname
/// and a full name, or close spellings.
fn names_match(a: &str, b: &str) -> bool {
    let (key_a, key_b) = (name_key(a), name_key(b));
    let ends_with = |long: &str, key: &str| trailing_names(long).any(|w| name_key(&w) == key);
    key_a == key_b
        || same_surname(a, b).is_some()
        || ends_with(a, &key_b)
        || ends_with(b, &key_a)
        || (key_a.len() >= 4
            && key_b.len() >= 4
            && strsim::jaro_winkler(&key_a, &key_b) >= NAME_SIMILARITY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_category_of_prices_is_no_whole_and_its_costs_are_its_prices() {
        let lexicon = crate::rules::RuleSet::builtin().unwrap().lexicon;
        let described =
            |phrase: &str| crate::normalize::subject::describe(phrase, &lexicon).unwrap();
        let meet = |a: &str, b: &str| descriptions_meet(&described(a), &described(b)).is_some();
        // A category is a part of all prices, unless its word says it is the whole.
        assert!(!meet("food prices", "prices"));
        assert!(!meet("prices", "online sales"));
        assert!(meet("consumer prices", "prices"));
        assert!(meet("total sales", "sales"));
        // One category's costs are its prices; bare costs are no prices.
        assert!(meet("food costs", "food prices"));
        assert!(meet("household energy costs", "energy prices"));
        assert!(!meet("costs", "prices"));
        // Other heads keep their leniency: "the partnership" is the strategic one.
        assert!(meet("strategic partnership", "partnership"));
        // A rail story's fares are its rail fares.
        assert!(meet("rail fares", "fares"));
    }

    /// The archive the `archive_alignment` example aligns, from any claims.
    mod archive {
        include!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/benches/support/archive.rs"
        ));
    }

    /// The claims of every fixture report, all stories together, as an archive holds them.
    fn fixture_claims(rules: &crate::rules::RuleSet) -> Vec<Claim> {
        let settings = crate::normalize::Settings::default();
        crate::source::fixture_documents(&[])
            .iter()
            .flat_map(|d| crate::claims_of(d, rules, &settings))
            .collect()
    }

    #[test]
    fn groups_keep_the_order_of_their_first_claims_and_of_their_claims() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let model = fixture_claims(&rules).swap_remove(0);
        // The largest group (root 4) neither first nor last, and groups interleaved.
        let roots = [7, 4, 4, 9, 7, 4, 2, 4, 9, 4];
        let claims: Vec<Claim> = (0..roots.len())
            .map(|n| {
                let mut claim = model.clone();
                claim.display = n.to_string().into();
                claim
            })
            .collect();
        let (order, grouped) = into_groups(claims, &roots);
        let numbers: Vec<Vec<String>> = grouped
            .iter()
            .map(|group| group.iter().map(|c| c.display.to_string()).collect())
            .collect();
        assert_eq!(order, [7, 4, 9, 2]);
        assert_eq!(
            numbers,
            [
                vec!["0", "4"],
                vec!["1", "2", "5", "7", "9"],
                vec!["3", "8"],
                vec!["6"]
            ]
        );
        assert!(into_groups(Vec::new(), &[]).1.is_empty());
    }

    #[test]
    fn blocks_never_hide_a_pair_that_is_about_one_thing() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let mut claims = fixture_claims(&rules);
        // Names the fixtures do not hold, each said two ways, on copies of a claim: spellings
        // (a letter doubled, a different first letter), a surname, a place within another.
        let pairs_of_names = [
            ("Beijing", "Beijjing"),
            ("Tchaikovsky", "Chaikovsky"),
            ("Lauritsen", "Henrik Lauritsen"),
            ("Zelenskyy", "Zelensky"),
            ("Beijing", "China"),
        ];
        let model = claims
            .iter()
            .find(|c| c.subject.is_some() && c.object.is_some())
            .expect("a fixture claim names its subject and object")
            .clone();
        for (n, (one, other)) in pairs_of_names.iter().enumerate() {
            for (side, name) in [one, other].into_iter().enumerate() {
                let mut claim = model.clone();
                claim.kind = format!("test.pair{n}").into();
                claim.evidence.source = format!("source-{side}.md").into();
                claim.subject = Some(Arc::new(Role {
                    name: (*name).into(),
                    written: (*name).into(),
                    resolution: "named in the text".into(),
                    entity: rules.gazetteer.lookup(name),
                    description: None,
                }));
                claims.push(claim);
            }
        }
        let mut by_kind: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (index, claim) in claims.iter().enumerate() {
            by_kind.entry(&*claim.kind).or_default().push(index);
        }
        let names = NameIndex::new(&rules.gazetteer);
        let mut name_keys = NameKeys::new(&claims, &rules.gazetteer);
        let (mut pairs, mut compared) = (0, 0);
        for (kind, members) in &by_kind {
            let descriptions = distinct_descriptions(&claims, members);
            let blocks = Blocks::new(&claims, &descriptions, &names, &mut name_keys);
            let mut candidates = Vec::new();
            for a in 0..descriptions.len() {
                blocks.candidates(a, &mut candidates);
                compared += candidates.len();
                for b in a + 1..descriptions.len() {
                    let (x, y) = (&claims[descriptions[a][0]], &claims[descriptions[b][0]]);
                    if same_thing(x, y, &rules.gazetteer, &names).is_some() {
                        pairs += 1;
                        assert!(
                            candidates.contains(&b),
                            "{} · {:?} / {:?} and {:?} / {:?} align but were not compared",
                            x.kind,
                            x.subject.as_ref().map(|r| &r.name),
                            x.object.as_ref().map(|r| &r.name),
                            y.subject.as_ref().map(|r| &r.name),
                            y.object.as_ref().map(|r| &r.name),
                        );
                    }
                }
            }
            if kind.starts_with("test.pair") {
                let (x, y) = (&claims[descriptions[0][0]], &claims[descriptions[1][0]]);
                assert!(
                    same_thing(x, y, &rules.gazetteer, &names).is_some(),
                    "{kind}"
                );
            }
        }
        assert!(
            pairs > 100,
            "only {pairs} aligned pairs: the check checks little"
        );
        assert!(
            compared < 3 * pairs + 10_000,
            "{compared} compared for {pairs} pairs"
        );
    }

    #[test]
    fn a_group_explains_each_claim_not_each_pair_of_claims() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let model = fixture_claims(&rules)
            .into_iter()
            .find(|c| c.object.as_ref().is_some_and(|o| o.description.is_some()))
            .expect("a fixture claim about a described thing");
        let described = model.object.as_deref().cloned().expect("its object");
        // One thing, described in as many words as there are reports: every pair of reports
        // links, each with its own words.
        let reports = 16;
        let claims: Vec<Claim> = (0..reports)
            .map(|n| {
                let mut claim = model.clone();
                claim.evidence.source = format!("report-{n}.md").into();
                let mut object = described.clone();
                object.name = format!("{} noted in report {n}", described.name).into();
                claim.object = Some(Arc::new(object));
                claim
            })
            .collect();
        let groups = align(claims, &rules.gazetteer);
        assert_eq!(groups.len(), 1, "the reports' claims are one group");
        let reasons = &groups[0].reasons;
        // Each report's description joins once and is explained at least once; the pairs
        // would be 120.
        assert!(
            (reports - 1..2 * reports).contains(&reasons.len()),
            "{} reasons for {reports} reports: {reasons:#?}",
            reasons.len()
        );
    }

    /// Copies of `model` from two reports, each named one way by `name` with a name of a pair:
    /// those of `meet` must align and be compared, those of `apart` must not even be compared.
    fn meet_and_apart(
        model: &Claim,
        meet: &[(&str, &str)],
        apart: &[(&str, &str)],
        name: impl Fn(&mut Claim, &str),
        gazetteer: &Gazetteer,
    ) {
        let cases = meet.iter().map(|pair| (pair, true));
        let cases = cases.chain(apart.iter().map(|pair| (pair, false)));
        for ((one, other), meets) in cases {
            let claims: Vec<Claim> = [one, other]
                .iter()
                .enumerate()
                .map(|(side, written)| {
                    let mut claim = model.clone();
                    claim.evidence.source = format!("report-{side}.md").into();
                    name(&mut claim, written);
                    claim
                })
                .collect();
            let names = NameIndex::new(gazetteer);
            let mut name_keys = NameKeys::new(&claims, gazetteer);
            let descriptions = distinct_descriptions(&claims, &[0, 1]);
            assert_eq!(descriptions.len(), 2);
            let blocks = Blocks::new(&claims, &descriptions, &names, &mut name_keys);
            let mut candidates = Vec::new();
            blocks.candidates(0, &mut candidates);
            let same = same_thing(&claims[0], &claims[1], gazetteer, &names);
            assert_eq!(same.is_some(), meets, "{one} / {other}: {same:?}");
            assert_eq!(candidates == [1], meets, "{one} / {other} compared");
        }
    }

    #[test]
    fn settings_meet_through_the_names_they_share_and_nothing_else() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let model = fixture_claims(&rules)
            .into_iter()
            .find(|c| !c.scene.is_empty() && generic(c))
            .expect("a fixture claim about generic words names something in its sentence");
        // Two reports, each naming one thing in the sentence of a claim about the same generic
        // words: whether the other report mentions it is what tells one event from two.
        let meet = [
            ("Julius Kemboi", "Kenyan Julius Kemboi"),
            ("Kenyan Julius Kemboi", "Julius Kemboi"),
            ("Beijing", "Beijjing"),
            ("Lauritsen", "Henrik Lauritsen"),
            ("Henrik Lauritsen", "Lauritsen"),
            ("Beijing", "China"),
            ("China", "Beijing"),
        ];
        // Names that share only a last word, an ending, or the country they lie in.
        let apart = [
            ("Avel Beijing", "Borin Beijing"),
            ("Harbour Rowing Club", "Lakeside Sailing Club"),
            ("Ventura", "Sonora"),
            ("Shanghai", "Beijing"),
        ];
        meet_and_apart(
            &model,
            &meet,
            &apart,
            |claim, name| {
                claim.scene = Arc::new(vec![name.to_string()]);
                claim.document_names = Arc::new(vec![name.to_string()]);
            },
            &rules.gazetteer,
        );
    }

    /// How many pairs of descriptions alignment compares for `claims`.
    fn compared_pairs(claims: &[Claim], gazetteer: &Gazetteer) -> usize {
        let mut by_kind: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (index, claim) in claims.iter().enumerate() {
            by_kind.entry(&*claim.kind).or_default().push(index);
        }
        let names = NameIndex::new(gazetteer);
        let mut name_keys = NameKeys::new(claims, gazetteer);
        let mut candidates = Vec::new();
        let mut compared = 0;
        for members in by_kind.values() {
            let descriptions = distinct_descriptions(claims, members);
            let blocks = Blocks::new(claims, &descriptions, &names, &mut name_keys);
            for a in 0..descriptions.len() {
                blocks.candidates(a, &mut candidates);
                compared += candidates.len();
            }
        }
        compared
    }

    #[test]
    fn an_archive_of_unrelated_stories_costs_in_proportion_to_its_size() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let base = fixture_claims(&rules);
        // Copies of the fixtures' stories, each a different set of stories.
        let copies = |n: usize| archive::renamed_copies(&base, n);
        let one = compared_pairs(&copies(1), &rules.gazetteer);
        let eight = compared_pairs(&copies(8), &rules.gazetteer);
        assert!(
            one > 100,
            "only {one} pairs compared: the check checks little"
        );
        // A claim whose role names nothing is compared with the claims of every story that
        // name one (it may align with any), so more than eight times, but far from the square
        // (64 times).
        assert!(
            eight < 20 * one,
            "{eight} pairs for 8 copies, {one} for one"
        );
    }

    #[test]
    fn roles_meet_through_the_names_they_may_match_and_nothing_else() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let model = fixture_claims(&rules)
            .into_iter()
            .find(|c| c.subject.is_some() && c.object.is_some() && c.scene.is_empty())
            .expect("a fixture claim names its subject and object");
        let meet = [
            ("Tchaikovsky", "Chaikovsky"),
            ("Lauritsen", "Henrik Lauritsen"),
            ("Beijing", "China"),
            ("Beijing", "Peking"),
        ];
        // Full names that share only a last word, names that share only an ending, two places
        // in one country.
        let apart = [
            ("Raymond Castellanos", "Helen Castellanos"),
            ("Ventura", "Sonora"),
            ("Shanghai", "Beijing"),
        ];
        let gazetteer = &rules.gazetteer;
        let subject = |claim: &mut Claim, name: &str| {
            claim.subject = Some(Arc::new(Role {
                name: name.into(),
                written: name.into(),
                resolution: "named in the text".into(),
                entity: gazetteer.lookup(name),
                description: None,
            }));
        };
        meet_and_apart(&model, &meet, &apart, subject, gazetteer);
    }

    #[test]
    fn generic_words_in_sentences_naming_nothing_are_one_description_across_reports() {
        let rules = crate::rules::RuleSet::builtin().expect("the built-in rules load");
        let claims = fixture_claims(&rules);
        let model = claims
            .iter()
            .find(|c| c.scene.is_empty() && generic(c))
            .expect("a fixture claim about generic words names nothing in its sentence")
            .clone();
        let reports = [
            vec!["Lagos".to_string(), "Bola Tinubu".to_string()],
            vec!["Lima".to_string(), "Dina Boluarte".to_string()],
            Vec::new(),
        ];
        let copies: Vec<Claim> = reports
            .iter()
            .enumerate()
            .map(|(n, names)| {
                let mut claim = model.clone();
                claim.evidence.source = format!("report-{n}.md").into();
                claim.document_names = Arc::new(names.clone());
                claim
            })
            .collect();
        let all: Vec<usize> = (0..copies.len()).collect();
        assert_eq!(distinct_descriptions(&copies, &all).len(), 1);
        // With a name in the sentence, the report's names tell them apart (see `set_apart`).
        let named: Vec<Claim> = copies
            .into_iter()
            .map(|mut claim| {
                claim.scene = Arc::new(vec!["Harbour Rowing Club".to_string()]);
                claim
            })
            .collect();
        assert_eq!(distinct_descriptions(&named, &all).len(), 3);
    }

    #[test]
    fn the_name_index_answers_as_names_match_does() {
        let gazetteer = Gazetteer::default();
        let index = NameIndex::new(&gazetteer);
        let document = Arc::new(
            [
                "Henrik Lauritsen",
                "Costa",
                "Harbour Rowing Club",
                "Erdoğan",
                "Kim Jong-un",
                "Ann",
                "Иван",
                "Kenyan Julius Kemboi",
                "Ana Ruiz",
            ]
            .map(String::from)
            .to_vec(),
        );
        for name in [
            "Lauritsen",
            "Maria Costa",
            "harbour rowing club",
            "Erdogan",
            "Kim Jong Un",
            "Harbor Rowing Club",
            "Lakeside Sailing Club",
            "Anne",
            "Ann Lee",
            "Иванн",
            "Kim",
            "Rowing",
            "Julius Kemboi",
            "Kemboi",
            "former President Ana Ruiz",
            "Maria Ruiz",
            "Dr Julius Otieno",
        ] {
            let expected = document.iter().any(|m| names_match(name, m));
            assert_eq!(index.mentions(name, &document), expected, "{name}");
            // Asked again, the remembered answer is the same.
            assert_eq!(index.mentions(name, &document), expected, "{name}");
        }
        assert!(index.mentions("Lauritsen", &document));
        assert!(!index.mentions("Lakeside Sailing Club", &document));
        // A name with words before it that one report leaves out, either way round.
        assert!(index.mentions("Julius Kemboi", &document));
        assert!(index.mentions("former President Ana Ruiz", &document));
        assert!(!index.mentions("Dr Julius Otieno", &document));
    }
}
