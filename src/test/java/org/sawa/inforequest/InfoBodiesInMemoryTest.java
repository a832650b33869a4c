package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The information bodies are read from memory, as the territories (ADR 0036): pages that
 * name the bodies of many requests do not read the 1,500 bodies of a national deployment
 * each time, and a change made anywhere, even by hand in the database, reaches them
 * within moments; a body added a moment ago is named at once.
 */
@SawaTest
class InfoBodiesInMemoryTest {

	@Autowired
	InfoBodies bodies;

	@Autowired
	Owner owner;

	@Test
	void the_bodies_come_from_memory_and_a_change_in_the_database_reaches_the_pages() throws Exception {
		assertThat(bodies.byIds()).as("the same copy twice: no read of the database").isSameAs(bodies.byIds());
		InfoBody body = bodies.byCode("MA-FQH").orElseThrow();
		String name = body.nameFr();
		try {
			owner.jdbc()
				.sql("UPDATE info_body SET name_fr = 'Fquih Ben Salah (nom corrigé)' WHERE code = 'MA-FQH'")
				.update();
			String seen = "";
			for (int attempt = 0; attempt < 50 && !seen.contains("(nom corrigé)"); attempt++) {
				Thread.sleep(100);
				seen = bodies.byIds().get(body.id()).name(Locale.FRENCH);
			}
			assertThat(seen).isEqualTo("Fquih Ben Salah (nom corrigé)");

			// a body the copy does not hold yet (as if its announcement were on its way):
			// asked for by id, the copy is read again
			long added = owner.jdbc().sql("""
					INSERT INTO info_body (code, territory_id, name_ar, name_fr, name_en, name_zgh)
					SELECT 'TEST-NEW', territory_id, 'هيئة', 'Organisme nouveau', 'New body', 'ⵜⴰⵎⵙⵙⵓⴷⵙⵜ' FROM info_body
					WHERE code = 'MA-FQH' RETURNING id""").query(Long.class).single();
			assertThat(bodies.byIds(java.util.List.of(added))).containsKey(added);
		}
		finally {
			owner.jdbc().sql("DELETE FROM info_body WHERE code = 'TEST-NEW'").update();
			owner.jdbc().sql("UPDATE info_body SET name_fr = :name WHERE code = 'MA-FQH'").param("name", name).update();
		}
	}

}
