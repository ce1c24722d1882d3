package org.carewarehouse.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.carewarehouse.calendar.FinancialYear;

/**
 * Writes a council's children as the SSDA903 return's Header and Episodes tables, one
 * pair of files a collection year: every episode open at some time in the year, with DEC
 * blank where it was still open on 31 March.
 */
final class Ssda903Files {

	private final Council council;

	private final List<ChildrenActivity.Child> children;

	Ssda903Files(Council council, List<ChildrenActivity.Child> children) {
		this.council = council;
		this.children = children;
	}

	void write(Path folder, CsvFiles files) throws IOException {
		for (FinancialYear year : Extracts.YEARS) {
			String name = "ssda903-" + this.council.gss() + "-" + year.end().getYear();
			try (CSVPrinter header = files.createFor(folder, name + "-header", "ssda903-header");
					CSVPrinter episodes = files.createFor(folder, name + "-episodes", "ssda903-episodes")) {
				for (ChildrenActivity.Child child : this.children) {
					write(child, year, header, episodes);
				}
			}
		}
	}

	private void write(ChildrenActivity.Child child, FinancialYear year, CSVPrinter header, CSVPrinter episodes)
			throws IOException {
		boolean any = false;
		List<ChildrenActivity.Episode> list = child.episodes();
		for (int i = 0; i < list.size(); i++) {
			ChildrenActivity.Episode e = list.get(i);
			if (e.start().isAfter(year.end()) || (e.end() != null && e.end().isBefore(year.start()))) {
				continue;
			}
			any = true;
			LocalDate ended = (e.end() != null && !e.end().isAfter(year.end())) ? e.end() : null;
			boolean moved = i + 1 < list.size();
			episodes.printRecord(child.id(), ChildrenActivity.dfe(e.start()), (i == 0) ? "S" : "P",
					(child.id().hashCode() % 5 == 0) ? "V2" : "C2", "N" + (1 + Math.abs(child.id().hashCode()) % 8),
					e.place(), e.provider(), ChildrenActivity.dfe(ended), (ended == null) ? "" : moved ? "X1" : "E8",
					(ended != null && moved) ? "CARPL" : "", child.home() + " 1AB", e.postcode() + " 2CD", e.urn());
		}
		if (any) {
			header.printRecord(child.id(), child.sex(), ChildrenActivity.dfe(child.birth()), child.ethnic(), "", "",
					"");
		}
	}

}
