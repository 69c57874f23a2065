//! Work spread over the cores, with results in the order of the input.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Maps `f` over `items` on every core, with at least `min_share` items per worker (threads
/// cost more than a few cheap items). Each worker has its own state, made by `init`; items
/// are handed out one at a time, so slow ones do not hold up a whole share. The results come
/// back in the order of `items`. A panic in a worker is resumed on the calling thread.
pub fn map<T, S, R>(
    items: &[T],
    min_share: usize,
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &T) -> R + Sync,
) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len() / min_share.max(1));
    if workers <= 1 {
        let mut state = init();
        return items.iter().map(|item| f(&mut state, item)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                let (next, init, f) = (&next, &init, &f);
                scope.spawn(move || {
                    let mut state = init();
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        out.push((i, f(&mut state, item)));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    results.sort_unstable_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_order_of_the_input() {
        let items: Vec<u64> = (0..1000).collect();
        let out = super::map(
            &items,
            1,
            || 0u64,
            |calls, x| {
                *calls += 1;
                x * 2
            },
        );
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u8], 1, || (), |_, x| *x).is_empty());
        assert_eq!(super::map(&[1, 2, 3], 64, || (), |_, x| *x), [1, 2, 3]);
    }
}
