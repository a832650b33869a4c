package org.sawa.consultation.web;

import org.sawa.consultation.Document;
import org.sawa.consultation.Documents;
import org.sawa.consultation.Process;
import org.sawa.consultation.Processes;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a consultation page's address names, or 404: the process, one of its documents.
 */
final class Found {

	private Found() {
	}

	static Process process(Processes processes, String code) {
		return processes.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static Document document(Documents documents, Process process, int number) {
		return documents.byNumber(process.id(), number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
