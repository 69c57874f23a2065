//! `/v2/deployments` (DeploymentsResource): cancelling with and without rollback.

use super::*;

impl Ctx<'_> {
    pub(super) fn cancel_deployment(&mut self, id: &str, params: &[(String, String)]) -> Reply {
        let force = flag(params, "force", false);
        self.shared.events.cancelled(id);
        match self.state.cancel(id, force, self.now, self.duration_ms()) {
            None => message(404, &format!("DeploymentPlan {id} does not exist")),
            Some(rollback) => {
                self.changed = true;
                match rollback {
                    Some((deployment, version)) if !force => {
                        deployment_result(200, deployment, version)
                    }
                    _ => Reply {
                        status: 202,
                        content_type: "application/json",
                        body: Vec::new(),
                        headers: Vec::new(),
                    },
                }
            }
        }
    }
}
