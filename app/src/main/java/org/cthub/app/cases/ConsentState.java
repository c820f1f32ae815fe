package org.cthub.app.cases;

/**
 * What a consent event says. The store keeps given or not; a "no" after a "yes" is a withdrawal, which must
 * take effect everywhere the consent allowed something (referrals, releases).
 */
enum ConsentState { GIVEN, REFUSED, WITHDRAWN }
