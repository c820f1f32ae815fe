package org.cthub.standard.htcds;

/** HTCDS section Organization ({@code org_}). */
public record Organisation(String name, OrganisationType type, Address shippingAddress, String phone) {
}
