package org.cthub.standard;

/**
 * A value of a closed list in the data standard. Implemented by enums, so the set of values is closed
 * and known at compile time.
 */
public interface Picklist {

    /** The standard's system identifier of the value, such as {@code ForcedLabour}. */
    String valueName();

    /** The human-readable label in the given language; never null. */
    String label(LabelLanguage language);
}
