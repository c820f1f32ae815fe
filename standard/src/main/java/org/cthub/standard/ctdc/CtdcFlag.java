package org.cthub.standard.ctdc;

/** A binary CTDC column ({@code 1} or empty), one of a group such as the means of control. */
interface CtdcFlag {

    /** The column's name in the public header. */
    String column();
}
