/**
 * Forms for commands: the fields of each action ({@link dk.careledger.ui.formular.Handling}), what the user typed and
 * every error at once ({@link dk.careledger.ui.formular.Formular}), turned into the command's JSON with ids made by the
 * server, and sent through the same command services the REST API uses ({@link dk.careledger.ui.formular.Kommandoer}).
 */
package dk.careledger.ui.formular;
