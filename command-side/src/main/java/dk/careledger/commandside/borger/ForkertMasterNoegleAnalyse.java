package dk.careledger.commandside.borger;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start refused by {@link MasterNoegleFingeraftryk} into Spring Boot's "APPLICATION FAILED TO START" report:
 * the reason (which key, where from, its fingerprint) and what the operator must do, without the stack trace of the
 * bean that failed. Registered in {@code META-INF/spring.factories}.
 */
class ForkertMasterNoegleAnalyse extends AbstractFailureAnalyzer<ForkertMasterNoegle> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ForkertMasterNoegle cause) {
        return new FailureAnalysis(cause.getMessage(), "Give every node that shares this database the same "
                + "ledger.crypto.master-key (LEDGER_MASTER_KEY) from your key management: the key the database's "
                + "personal data is encrypted under. Nodes must not each generate a key file against a shared database "
                + "(ADR 0017).", cause);
    }
}
