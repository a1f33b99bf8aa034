/**
 * The caseworker's UI (issue 16, ADR 0023): server-rendered Danish pages on the same application and port as the API.
 * The pages call the same application services the REST API uses, in-process (never HTTP to the application itself,
 * never JDBC): the command side's controllers and {@code KommandoApi}, the query side's readers and controllers, the
 * citizen register and the catalogues.
 */
package dk.careledger.ui;
