/**
 * Encryption of personal identifiers at rest: AES-256-GCM with keys from a {@link
 * org.cthub.store.crypto.KeyRing} that lives outside the database and the repository. Every ciphertext
 * carries the id of its key, so keys can be rotated: a new key encrypts, retired keys still decrypt.
 */
package org.cthub.store.crypto;
