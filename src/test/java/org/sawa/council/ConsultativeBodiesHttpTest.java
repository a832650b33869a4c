package org.sawa.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.audit.AuditLog;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consultative bodies a council sets up with civil society (113-14 art. 120, 112-14
 * art. 111, 111-14 art. 117): the equity body of Béni Mellal-Khénifra with its
 * association members and the opinion it sent, and staff of Laâyoune-Sakia El Hamra
 * setting up a body, adding members and a meeting and filing its opinion, each refusal at
 * its field.
 */
@SawaTest
class ConsultativeBodiesHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Councils councils;

	@Autowired
	ConsultativeBodies bodies;

	@Autowired
	Memos memos;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	AuditLog audit;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_equity_body_of_beni_mellal_khenifra_has_association_members_and_sent_an_opinion_the_council_examined() {
		Council region = councils.byCode("MA-05").orElseThrow();
		ConsultativeBody equity = bodies.byKind(region.id(), "equity_gender").orElseThrow();
		List<ConsultativeBody.BodyMember> members = bodies.members(equity.id());
		assertThat(members).filteredOn(m -> "association".equals(m.memberKind())).hasSize(4);
		assertThat(members).filteredOn(m -> "qualified_person".equals(m.memberKind())).hasSize(2);
		assertThat(members.get(0).role()).isEqualTo("chair");
		assertThat(accounts.organisation(members.get(0).organisationId()).orElseThrow().name())
			.isEqualTo("Association Tafoukt pour la femme rurale");
		assertThat(bodies.ofCouncil(region.id())).extracting(ConsultativeBody::kind)
			.containsExactly("equity_gender", "youth", "economic");
		Memo opinion = memos.fromBody(equity.id()).get(0);
		assertThat(opinion.genre()).isEqualTo("opinion");
		assertThat(opinion.state()).isEqualTo(MemoState.EXAMINED);
		assertThat(opinion.outcome()).isEqualTo("partly");

		String fr = new Browser(port).acceptLanguage("fr").get("/councils/MA-05/bodies/equity_gender").body();
		assertThat(fr).contains("Instance de l&#39;équité, de l&#39;égalité des chances et de l&#39;approche genre",
				"Association Tafoukt pour la femme rurale", "représentée par", "Saadia Ait Lhaj", "Présidence",
				"Personne qualifiée", "Loi organique 111-14 relative aux régions, art. 117",
				"Adoption de l&#39;avis sur le PDR", "Membres présents : 6", opinion.reference(), "Retenu en partie");
		assertThat(fr).as("4 women among the 6 people named").contains("4 sur 6");
		String ar = new Browser(port).acceptLanguage("ar").get("/councils/MA-05/bodies/equity_gender").body();
		assertThat(ar).contains("هيئة المساواة وتكافؤ الفرص ومقاربة النوع", "جمعية", "شخصية مؤهلة",
				"القانون التنظيمي 111.14 المتعلق بالجهات، المادة 117");
		String economic = new Browser(port).acceptLanguage("zgh").get("/councils/MA-05/bodies/economic").body();
		assertThat(economic).as("no Tamazight name: the French one, marked and said")
			.contains("lang=\"fr\"", "Instance consultative en partenariat avec les acteurs économiques");
		String council = new Browser(port).acceptLanguage("fr").get("/councils/MA-05").body();
		assertThat(council).contains("Instances consultatives", "/councils/MA-05/bodies/youth",
				"Membre d&#39;une instance consultative");
		String memo = new Browser(port).acceptLanguage("fr").get("/councils/memos/" + opinion.reference()).body();
		assertThat(memo).contains("Avis", "/councils/MA-05/bodies/equity_gender");
		assertThat(new Browser(port).get("/councils/MA-05/bodies/nothing").statusCode()).isEqualTo(404);
	}

	@Test
	void staff_set_up_a_body_add_members_and_a_meeting_and_file_its_opinion_with_each_refusal_at_its_field() {
		String manage = "/councils/MA-11/manage";
		Council region = councils.byCode("MA-11").orElseThrow();
		long staffId = people.demo("staff.laayoune");
		long local = accounts.createOrganisation("association", "Association Nour Laâyoune pour la femme",
				territories.byCode("MA-11").orElseThrow().id(), java.time.LocalDate.of(2015, 5, 1), staffId);
		long elsewhere = accounts.organisations("association")
			.stream()
			.filter(o -> o.name().equals("Association Tafoukt pour la femme rurale"))
			.findFirst()
			.orElseThrow()
			.id();
		Browser outsider = new Browser(port).acceptLanguage("fr");
		outsider.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(outsider.submit("/councils/MA-05", manage + "/bodies", Map.of("kind", "youth")).statusCode())
			.as("staff of another region")
			.isEqualTo(403);

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", People.PASSWORD);
		HttpResponse<String> noName = staff.submit(manage, manage + "/bodies",
				Map.of("kind", "youth", "name_ar", "هيئة الشباب", "name_fr", "", "establishedOn", "2023-01-10"));
		assertThat(noName.body()).contains("id=\"bodies-name_fr-error\"");
		HttpResponse<String> twice = staff.submit(manage, manage + "/bodies", Map.of("kind", "equity_gender", "name_ar",
				"هيئة", "name_fr", "Instance", "establishedOn", "2023-01-10"));
		assertThat(twice.body()).contains("id=\"bodies-kind-error\"");
		assertThat(bodies.byKind(region.id(), "youth")).as("nothing written").isEmpty();
		HttpResponse<String> set = staff.submit(manage, manage + "/bodies", Map.of("kind", "youth", "name_ar",
				"هيئة الشباب", "name_fr", "Instance des jeunes", "establishedOn", "2023-01-10"));
		assertThat(set.headers().firstValue("Location").orElseThrow())
			.endsWith("/councils/MA-11/bodies/youth?done=established");
		ConsultativeBody youth = bodies.byKind(region.id(), "youth").orElseThrow();

		String page = "/councils/MA-11/bodies/youth";
		HttpResponse<String> noSex = staff.submit(page, page + "/members", Map.of("memberKind", "qualified_person",
				"personName", "Mariam Ould Sidi", "role", "chair", "startsOn", "2023-02-01"));
		assertThat(noSex.body()).contains("id=\"members-sex-error\"");
		HttpResponse<String> farAway = staff.submit(page, page + "/members", Map.of("memberKind", "association",
				"organisation", String.valueOf(elsewhere), "role", "member", "startsOn", "2023-02-01"));
		assertThat(farAway.body()).contains("id=\"members-organisation-error\"",
				"Choisissez une association de ce territoire");
		HttpResponse<String> early = staff.submit(page, page + "/members", Map.of("memberKind", "association",
				"organisation", String.valueOf(local), "role", "member", "startsOn", "2022-12-01"));
		assertThat(early.body()).contains("id=\"members-startsOn-error\"");
		assertThat(bodies.members(youth.id())).isEmpty();
		assertThat(staff
			.submit(page, page + "/members", Map.of("memberKind", "qualified_person", "personName", "Mariam Ould Sidi",
					"sex", "female", "role", "chair", "startsOn", "2023-02-01"))
			.statusCode()).isEqualTo(302);
		assertThat(staff
			.submit(page, page + "/members",
					Map.of("memberKind", "association", "organisation", String.valueOf(local), "personName",
							"Salka Ma El Ainin", "sex", "female", "role", "member", "startsOn", "2023-02-01"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> secondChair = staff.submit(page, page + "/members",
				Map.of("memberKind", "qualified_person", "personName", "Hamdi Ould Errachid", "sex", "male", "role",
						"chair", "startsOn", "2023-03-01"));
		assertThat(secondChair.body()).contains("id=\"members-role-error\"");
		List<ConsultativeBody.BodyMember> members = bodies.members(youth.id());
		assertThat(members).hasSize(2);

		HttpResponse<String> beforeJoining = staff.submit(page, page + "/meetings", Map.of("heldOn", "2023-01-20",
				"subject", "Emploi des jeunes diplômés", "present." + members.get(0).id(), "on"));
		assertThat(beforeJoining.body()).contains("id=\"meetings-present-error\"");
		assertThat(staff
			.submit(page, page + "/meetings",
					Map.of("heldOn", "2024-04-11", "subject", "Emploi des jeunes diplômés", "minutes",
							"Proposition d'un avis sur les stages au sein des services de la Région.",
							"present." + members.get(0).id(), "on", "present." + members.get(1).id(), "on"))
			.statusCode()).isEqualTo(302);
		String shown = new Browser(port).acceptLanguage("fr").get(page).body();
		assertThat(shown).contains("Emploi des jeunes diplômés", "Membres présents : 2", "Mariam Ould Sidi",
				"Association Nour Laâyoune pour la femme", "2 sur 2");

		String memoForm = "/councils/MA-11/memos/new";
		assertThat(staff.get(memoForm).body()).contains("value=\"body:" + youth.id() + "\"");
		HttpResponse<String> associationOpinion = staff.submit(memoForm, memoForm,
				Map.of("author", String.valueOf(local), "genre", "opinion", "language", "fr", "title",
						"Stages pour les jeunes", "summary",
						"Des stages pour les jeunes diplômés dans les services de la Région."));
		assertThat(associationOpinion.body()).as("only a body gives opinions").contains("id=\"genre-error\"");
		HttpResponse<String> filed = staff.submit(memoForm, memoForm,
				Map.of("author", "body:" + youth.id(), "genre", "opinion", "language", "fr", "title",
						"Stages pour les jeunes", "summary",
						"Des stages pour les jeunes diplômés dans les services de la Région."));
		assertThat(filed.statusCode()).isEqualTo(302);
		Memo opinion = memos.fromBody(youth.id()).get(0);
		assertThat(opinion.genre()).isEqualTo("opinion");
		assertThat(opinion.bodyId()).isEqualTo(youth.id());
		ConsultativeBody.BodyMember salka = members.get(1);
		String correct = page + "/members/" + salka.id() + "/correct";
		assertThat(staff.get(page).body()).contains(correct);
		Map<String, String> fix = new java.util.LinkedHashMap<>();
		fix.put("memberKind", "association");
		fix.put("organisation", String.valueOf(local));
		fix.put("personName", "Salka Mae El Ainin");
		fix.put("sex", "female");
		fix.put("role", "chair");
		fix.put("startsOn", "2023-02-01");
		fix.put("reason", "Procès-verbal d'installation");
		assertThat(staff.submit(correct, correct, fix).body()).as("one chair at a time").contains("id=\"role-error\"");
		fix.put("role", "rapporteur");
		assertThat(staff.submit(correct, correct, fix).statusCode()).isEqualTo(302);
		assertThat(bodies.member(salka.id()).orElseThrow().role()).isEqualTo("rapporteur");
		assertThat(bodies.member(salka.id()).orElseThrow().personName()).isEqualTo("Salka Mae El Ainin");
		assertThat(audit.forSubject(BodyMemberCorrections.subject(salka.id()))).extracting(e -> e.action())
			.containsExactly("record.corrected");
		assertThat(new Browser(port).acceptLanguage("fr").get(page).body()).contains("Corrigé le", "Rapporteur·e");
		assertThat(audit.forSubject("body:" + youth.id())).extracting(e -> e.action())
			.containsExactly("council.body.member.added", "council.body.member.added", "council.body.meeting.recorded");
	}

}
