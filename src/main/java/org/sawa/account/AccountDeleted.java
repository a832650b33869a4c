package org.sawa.account;

/**
 * A person deleted her account, published inside the deletion's transaction: modules that
 * keep something of hers (what she follows) remove it in the same transaction.
 */
public record AccountDeleted(long personId) {
}
