package org.cthub.store.casework;

/** Where a service stands: planned, under way, done, refused by the person, or not available to them. */
public enum ServiceOutcome { PLANNED, ONGOING, COMPLETED, DECLINED_BY_PERSON, NOT_AVAILABLE }
