package dk.careledger.app.adgang;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no token issuer is configured ({@code ledger.adgang.udsteder}, from LEDGER_ISSUER): the embedded issuer runs. */
class IngenUdstederKonfigureret extends SpringBootCondition {
    static final String UDSTEDER = "ledger.adgang.udsteder";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        if (StringUtils.hasText(context.getEnvironment().getProperty(UDSTEDER))) {
            return ConditionOutcome.noMatch(UDSTEDER + " is set: tokens come from that issuer");
        }
        return ConditionOutcome.match("no " + UDSTEDER + ": the embedded issuer with demo users runs");
    }
}

/** Matches when a token issuer is configured: tokens come from it, and the embedded issuer does not run. */
class UdstederKonfigureret extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ConditionOutcome ingen = new IngenUdstederKonfigureret().getMatchOutcome(context, metadata);
        return ingen.isMatch() ? ConditionOutcome.noMatch(ingen.getMessage()) : ConditionOutcome.match(ingen.getMessage());
    }
}
