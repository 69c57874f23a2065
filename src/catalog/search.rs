//! Catalog search with the scoring users of `dcos package search` know.

use super::Summary;

/// A search result: a package and its score.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    pub summary: &'a Summary,
    pub score: f64,
}

/// The score of a package for a query: the name contains it +2, each tag +1, the description
/// +0.5 (case-insensitive); a query with `*` is a glob on the whole name (+2 on a match).
pub fn score(summary: &Summary, query: &str) -> f64 {
    let q = query.to_lowercase();
    let name = summary.name.to_lowercase();
    if q.contains('*') {
        return match glob::Pattern::new(&q) {
            Ok(pattern) if pattern.matches(&name) => 2.0,
            Ok(_) => 0.0,
            // Not a valid glob (an unclosed `[`): compare the text as it is.
            Err(_) => {
                if name.contains(&q) {
                    2.0
                } else {
                    0.0
                }
            }
        };
    }
    let mut score = 0.0;
    if name.contains(&q) {
        score += 2.0;
    }
    score += summary
        .tags()
        .iter()
        .filter(|t| t.to_lowercase().contains(&q))
        .count() as f64;
    if summary.description().to_lowercase().contains(&q) {
        score += 0.5;
    }
    score
}

/// The packages matching a query (all of them without one), sorted by name.
pub fn search<'a>(summaries: &'a [Summary], query: Option<&str>) -> Vec<Hit<'a>> {
    let query = query.map(str::trim).filter(|q| !q.is_empty());
    let mut hits: Vec<Hit<'a>> = summaries
        .iter()
        .map(|summary| Hit {
            summary,
            score: query.map_or(0.0, |q| score(summary, q)),
        })
        .filter(|hit| query.is_none() || hit.score >= 0.5)
        .collect();
    hits.sort_by(|a, b| a.summary.name.cmp(&b.summary.name));
    hits
}
