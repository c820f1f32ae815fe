/**
 * Casework after the case list: screening people and opening cases from screenings, and the sections of a case
 * page that record what happens to the person: national referral mechanism decisions, support plans and services
 * delivered, supervised closure; and the supervisors' page. Every section is an HTML fragment for htmx
 * ({@code HX-Request: true}) and a whole page otherwise, so that it works without JavaScript.
 *
 * <p>Each service method checks an authority and goes through {@link org.cthub.app.cases.VisibleCases} for the
 * organisation boundary. The store writes the audit entry of every change in the change's own transaction
 * ({@code SCREENING_RECORD}, {@code CASE_CREATE}, {@code NRM_REFER}...); this package adds the reads
 * ({@code SCREENING_READ}, {@code NRM_READ}...) and refusals. No personal value reaches an audit detail, a log,
 * a URL or an error message.
 */
package org.cthub.app.casework;
