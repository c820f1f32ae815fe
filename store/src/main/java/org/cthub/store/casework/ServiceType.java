package org.cthub.store.casework;

/** The services a case can deliver, return and reintegration included (IOM's direct assistance categories). */
public enum ServiceType {
    SAFE_ACCOMMODATION, MEDICAL, PSYCHOSOCIAL, LEGAL, EDUCATION, LIVELIHOOD, DOCUMENTS, RETURN_TRAVEL,
    RETURN_ESCORT, RETURN_ARRIVAL, REINTEGRATION
}
