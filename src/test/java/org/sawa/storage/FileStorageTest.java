package org.sawa.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files are kept in PostgreSQL with their hash and the type read from their content;
 * refused files leave nothing.
 */
@SawaTest
class FileStorageTest {

	static final Set<String> DOCUMENTS = Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG);

	@Autowired
	FileStorage storage;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	long files() {
		return jdbc.sql("SELECT count(*) FROM stored_file").query(Long.class).single();
	}

	@Test
	void a_document_is_stored_with_its_hash_and_its_real_type_and_read_back() {
		byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		StoredFile stored = transactions
			.execute(s -> storage.store("C:\\Users\\amina\\budget 2025.pdf", pdf, DOCUMENTS, 1000));
		assertThat(stored.fileName()).as("no client path kept").isEqualTo("budget 2025.pdf");
		assertThat(stored.contentType()).isEqualTo(FileTypes.PDF);
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).isEqualTo(PostgresFileStorage.sha256(pdf)).hasSize(64);
		assertThat(storage.describe(stored.id())).contains(stored);
		assertThat(storage.content(stored.id())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
	}

	@Test
	void an_empty_file_one_over_the_limit_or_one_of_another_type_is_refused_and_nothing_is_written() {
		long before = files();
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		byte[] large = ("%PDF-1.4\n" + "x".repeat(2000)).getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(
				() -> transactions.executeWithoutResult(s -> storage.store("a.pdf", new byte[0], DOCUMENTS, 1000)))
			.isInstanceOfSatisfying(FileRefused.class, r -> assertThat(r.messageKey()).isEqualTo("file.error.empty"));
		assertThatThrownBy(
				() -> transactions.executeWithoutResult(s -> storage.store("big.pdf", large, DOCUMENTS, 1000)))
			.isInstanceOfSatisfying(FileRefused.class,
					r -> assertThat(r.messageKey()).isEqualTo("file.error.tooLarge"));
		assertThatThrownBy(
				() -> transactions.executeWithoutResult(s -> storage.store("answer.pdf", html, DOCUMENTS, 1000)))
			.as("a web page named .pdf")
			.isInstanceOfSatisfying(FileRefused.class, r -> assertThat(r.messageKey()).isEqualTo("file.error.type"));
		assertThat(files()).isEqualTo(before);
	}

}
