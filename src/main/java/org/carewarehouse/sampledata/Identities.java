package org.carewarehouse.sampledata;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes invented people: NHS numbers from the 999 test range, names from short invented
 * lists, real postcode districts with invented inward codes.
 */
final class Identities {

	private static final List<String> FIRST_NAMES = List.of("Aldous", "Brisa", "Corwin", "Delphine", "Eldric",
			"Fenella", "Gideon", "Hestia", "Isembard", "Jessamy", "Kestrel", "Lavinia", "Marrok", "Nerys", "Orrin",
			"Perpetua", "Quillon", "Rosamund", "Sylvan", "Tamsin", "Ulric", "Verity", "Wystan", "Yolande");

	private static final List<String> LAST_NAMES = List.of("Ashcombe", "Brackenridge", "Cullingworth", "Dunmore",
			"Elderfield", "Fernsby", "Gorringe", "Hawtrey", "Ingleby", "Jessop", "Kettleborough", "Langridge",
			"Merrivale", "Nettlefold", "Oakenshaw", "Pennicott", "Quarrington", "Rookwood", "Stanbridge", "Thistleton");

	/**
	 * NHS Data Dictionary ethnic category codes: A British, B Irish, C other White, H
	 * Indian...
	 */
	private static final List<String> ETHNICITIES = List.of("A", "A", "A", "A", "A", "B", "C", "D", "H", "M", "S");

	private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

	private final Draws draws;

	private final Council council;

	private long nextNhs;

	private int nextId;

	Identities(Council council, SplittableRandom random, long firstNhsSerial) {
		this(council, random, firstNhsSerial, 0);
	}

	/**
	 * Identities numbered from given points, for a part of the sample drawn from a stream
	 * of its own.
	 */
	Identities(Council council, SplittableRandom random, long firstNhsSerial, int firstId) {
		this.council = council;
		this.draws = new Draws(random);
		this.nextNhs = firstNhsSerial;
		this.nextId = firstId;
	}

	/** A new person aged {@code age} on {@code on}. */
	Person person(int age, LocalDate on, String supportReason) {
		LocalDate birth = on.minusYears(age).minusDays(between(1, 360));
		String gender = between(0, 99) < 58 ? "Female" : "Male";
		return new Person(String.format(Locale.ROOT, "%s%06d", this.council.prefix(), ++this.nextId), nhsNumber(),
				pick(FIRST_NAMES), pick(LAST_NAMES), gender, pick(ETHNICITIES), birth, null, supportReason, postcode(),
				"Owner occupier or shared ownership scheme",
				"Not in Paid Employment (not actively seeking work / retired)");
	}

	int between(int low, int high) {
		return this.draws.between(low, high);
	}

	boolean chance(double probability) {
		return this.draws.chance(probability);
	}

	boolean coin() {
		return this.draws.coin();
	}

	<T> T pick(List<T> values) {
		return this.draws.pick(values);
	}

	/** The next number of the 999 test range whose modulus 11 check digit exists. */
	private String nhsNumber() {
		while (true) {
			String nine = String.format(Locale.ROOT, "999%06d", this.nextNhs++);
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				sum += (nine.charAt(i) - '0') * (10 - i);
			}
			int check = (11 - sum % 11) % 11;
			if (check != 10) {
				return nine + check;
			}
		}
	}

	private String postcode() {
		return pick(this.council.districts()) + " " + between(0, 9)
				+ INWARD_LETTERS.charAt(between(0, INWARD_LETTERS.length() - 1))
				+ INWARD_LETTERS.charAt(between(0, INWARD_LETTERS.length() - 1));
	}

}
