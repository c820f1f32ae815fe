/**
 * Re-identification risk of a table's quasi-identifiers: prosecutor, journalist and marketer risk and
 * uniqueness ({@link org.cthub.privacy.risk.ReidentificationRisk}), and sdcMicro's individual and global risk
 * ({@link org.cthub.privacy.risk.SdcMicroRisk}).
 */
package org.cthub.privacy.risk;
