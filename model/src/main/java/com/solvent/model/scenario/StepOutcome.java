package com.solvent.model.scenario;

import com.solvent.model.Checks;

/** The outcome of one scenario step: the edited inputs, or why the venue would refuse the edit. */
public sealed interface StepOutcome permits StepOutcome.Applied, StepOutcome.Refused {

    /** The step applied; {@code inputs} are the inputs after it. */
    record Applied(Inputs inputs) implements StepOutcome {
        public Applied {
            Checks.required(inputs, "applied.inputs");
        }
    }

    /** The step was refused and skipped, e.g. a withdrawal beyond the maximum withdrawable. */
    record Refused(String reason) implements StepOutcome {
        public Refused {
            Checks.nonBlank(reason, "refused.reason");
        }
    }
}
