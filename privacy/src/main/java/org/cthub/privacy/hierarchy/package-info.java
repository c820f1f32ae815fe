/**
 * Generalisation hierarchies as data: {@link org.cthub.privacy.hierarchy.Hierarchy} (ARX's CSV form or built in
 * code, validated with problems reported as values) and the shipped hierarchies of CTDC's quasi-identifiers,
 * {@link org.cthub.privacy.hierarchy.CtdcHierarchies}.
 */
package org.cthub.privacy.hierarchy;
