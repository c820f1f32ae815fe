/**
 * The organisations that contribute cases. An organisation's code is the boundary of its data: cases,
 * references and import batches belong to exactly one organisation.
 */
package org.cthub.store.organisations;
