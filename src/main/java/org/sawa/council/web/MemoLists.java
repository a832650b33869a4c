package org.sawa.council.web;

import java.util.List;
import java.util.Locale;
import org.sawa.council.Memo;
import org.sawa.council.MemoTexts;
import org.springframework.ui.Model;

/**
 * A table of memos as the pages that show one (the councils, a council, a consultative
 * body) give it to council/parts :: memoTable: the titles in the reader's language where
 * they were written in it, each with its own language ({@code memoTexts}).
 */
final class MemoLists {

	private MemoLists() {
	}

	static void put(Model model, MemoTexts texts, List<Memo> memos, Locale locale) {
		MemoTexts.Listed listed = texts.titles(memos, locale.getLanguage());
		model.addAttribute("memos", listed.memos());
		model.addAttribute("memoTexts", listed.shown());
	}

}
