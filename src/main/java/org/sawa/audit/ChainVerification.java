package org.sawa.audit;

/**
 * The result of re-computing the chain and comparing it with the anchors kept outside the
 * database: how many entries and anchors were checked, the first entry whose content or
 * link does not match, the first anchored entry that is gone or no longer the same (a
 * rewritten or truncated chain), and how many anchors belong to another database.
 */
public record ChainVerification(long checked, Long firstBrokenSeq, long anchorsChecked, Long firstAnchorBroken,
		long otherAnchors) {

	public boolean intact() {
		return firstBrokenSeq == null && firstAnchorBroken == null;
	}

}
