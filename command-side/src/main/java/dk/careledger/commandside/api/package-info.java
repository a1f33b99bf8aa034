/**
 * The REST command API (ADR 0008): one controller per aggregate ({@link BevillingController}, {@link SagController},
 * {@link HenvendelseController}, {@link ForloebController}) plus {@link BorgerController} for the citizen register.
 * Every command endpoint goes through {@link KommandoApi}: the strict JSON reader of {@link ApiConfig} with
 * {@link Kantvalidering}, the caller's headers, then {@code Kommandoafsender}. {@link ApiFejlhaandtering} turns every
 * refusal into problem+json with a stable {@code fejlkode}. May use {@code kommando}, {@code infra} and core-domain; no
 * rules live here (ADR 0003), and nothing outside {@code app} may depend on it.
 */
package dk.careledger.commandside.api;
