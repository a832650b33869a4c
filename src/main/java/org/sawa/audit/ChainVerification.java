package org.sawa.audit;

/**
 * The result of re-computing the chain: how many entries were checked and, if the chain
 * is broken, the first entry whose content or link does not match.
 */
public record ChainVerification(long checked, Long firstBrokenSeq) {

	public boolean intact() {
		return firstBrokenSeq == null;
	}
}
