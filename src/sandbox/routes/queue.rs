//! `/v2/queue` (QueueResource): the launch queue and its delays.

use super::*;

impl Ctx<'_> {
    /// `GET /v2/queue[?embed=lastUnusedOffers]`: what waits to launch, and why.
    pub(super) fn queue(&self, params: &[(String, String)]) -> Reply {
        let offers = values(params, "embed").contains(&"lastUnusedOffers");
        reply(200, &json!({ "queue": self.state.queue(self.now, offers) }))
    }

    /// `DELETE /v2/queue/{id}/delay`: 204 for an app in the launch queue, else Marathon's 404.
    pub(super) fn reset_delay(&mut self, rest: &str) -> Reply {
        let id = crate::marathon::app::canonical_id(rest).unwrap_or_else(|_| format!("/{rest}"));
        let queued = self.state.queue(self.now, false).iter().any(|q| {
            q.get("app")
                .and_then(|a| a.get("id"))
                .and_then(Value::as_str)
                == Some(id.as_str())
        });
        if !queued {
            return message(404, &format!("Application {id} not found in tasks queue."));
        }
        if let Some(record) = self.state.apps.get_mut(&id) {
            record.delay_reset_ms = Some(self.now);
            self.dirty = true;
        }
        Reply {
            status: 204,
            content_type: "application/json",
            body: Vec::new(),
            headers: Vec::new(),
        }
    }
}
