package dk.careledger.ui.formular;

import java.util.List;

/**
 * One action a user can take on a sag or a bevilling, as a form: its fields and the ids of new things it names, which
 * the server makes ({@code nyeIder}: the user never types a UUID).
 *
 * @param id      the action's name in the URL ({@code /sag/{sagId}/handling/{id}})
 * @param paa     whether the action is a command on the sag or on one of its bevillinger
 * @param nyeIder the command's fields that name a new thing (an afgørelse, a levering, …), filled by the server
 */
public record Handling(String id, Maal paa, String titel, String knap, String beskrivelse, List<Felt> felter, List<String> nyeIder) {

    /** What an action is a command on. */
    public enum Maal {
        SAG, BEVILLING
    }

    public Felt felt(String navn) {
        return felter.stream().filter(f -> f.navn().equals(navn)).findFirst().orElse(null);
    }
}
