package org.sawa.council;

import java.util.List;
import org.sawa.disclosure.ProtectedTable;

/**
 * Women's representation in the councils of a territory on a day: seats and posts by sex
 * as measured shares beside what the law asks (a result, a "strive for" on candidate
 * lists with no verdict, or a number of seats reserved by council size; exact: public
 * offices), each council's line, interventions per member by sex, their trend by quarter
 * and by session, and the councillors' ages by sex (protected: personal).
 */
public record Representation(List<ShareLine> byLevel, List<ShareLine> byPost, List<CouncilLine> councils,
		Speaking speaking, List<TrendLine> trend, List<SessionLine> sessions, List<String> ageBands,
		ProtectedTable ages) {

	/**
	 * Women among holders, against a quota (null when the law sets none); {@code strive}
	 * when the law only asks the candidate lists to strive for that share, so there is no
	 * verdict.
	 */
	public record ShareLine(String key, long holders, long women, Double quota, boolean strive) {

		public Double share() {
			return holders == 0 ? null : (double) women / holders;
		}

		public Boolean meetsQuota() {
			return quota == null || strive || holders == 0 ? null : share() + 1e-9 >= quota;
		}
	}

	public record CouncilLine(Council council, String mandate, long members, long women, Double quota,
			String presidentSex, long vicePresidents, long womenVicePresidents, long interventionsByWomen,
			long interventionsByMen) {

		public Double share() {
			return members == 0 ? null : (double) women / members;
		}

		public Boolean meetsQuota() {
			return quota == null || members == 0 ? null : share() + 1e-9 >= quota;
		}
	}

	/** Interventions per member by sex over the sessions counted. */
	public record Speaking(long sessions, long women, long men, long byWomen, long byMen) {

		public Double perWoman() {
			return women == 0 ? null : (double) byWomen / women;
		}

		public Double perMan() {
			return men == 0 ? null : (double) byMen / men;
		}

		public Double womenShare() {
			return byWomen + byMen == 0 ? null : (double) byWomen / (byWomen + byMen);
		}
	}

	/** A quarter's sessions and interventions by sex. */
	public record TrendLine(String quarter, long sessions, long byWomen, long byMen) {

		public Double womenShare() {
			return byWomen + byMen == 0 ? null : (double) byWomen / (byWomen + byMen);
		}
	}

	/** One session: who attended and who spoke, by sex. */
	public record SessionLine(Council council, Session session, long womenPresent, long menPresent, long byWomen,
			long byMen) {
	}
}
