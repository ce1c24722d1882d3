package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates each row of a block against its contract and maps the valid ones to typed
 * records, each stamped with its file and line; rejected rows travel with the block so
 * that they commit with it.
 *
 * @param <T> the typed record
 */
public class BlockProcessor<T> implements ItemProcessor<RowBlock, CheckedBlock<Sourced<T>>> {

	private final String feed;

	private final ContractValidator validator;

	private final RowMapper<T> mapper;

	private final ControlColumn control;

	private final int recordKey;

	/**
	 * Creates a processor.
	 * @param feed the feed name recorded on rejects
	 * @param validator the contract validator
	 * @param mapper the feed's row mapper
	 */
	public BlockProcessor(String feed, ContractValidator validator, RowMapper<T> mapper) {
		this.feed = feed;
		this.validator = validator;
		this.mapper = mapper;
		this.control = new ControlColumn(validator.contract());
		String key = validator.contract().recordKey();
		this.recordKey = (key != null) ? validator.contract().indexByName().get(key) : -1;
	}

	@Override
	public CheckedBlock<Sourced<T>> process(RowBlock block) {
		List<Sourced<T>> rows = new ArrayList<>(block.rows().size());
		List<Reject> rejects = new ArrayList<>();
		int rejectedRows = 0;
		CheckedBlock.Totals totals = CheckedBlock.Totals.NONE;
		for (int i = 0; i < block.rows().size(); i++) {
			RawRow raw = block.rows().get(i);
			try {
				TypedRow typed = this.validator.validate(raw, block.repeats().get(i));
				rows.add(new Sourced<>(this.mapper.map(typed), block.sourceFile(), raw.line()));
				totals = totals.plus(total(raw, true));
				typed.warnings().forEach((w) -> rejects.add(located(w, block.sourceFile(), raw)));
			}
			catch (RowRejectedException ex) {
				rejectedRows++;
				totals = totals.plus(total(raw, false));
				ex.rejects().forEach((r) -> rejects.add(located(r, block.sourceFile(), raw)));
			}
		}
		return new CheckedBlock<>(rows, rejects, rejectedRows, this.control.declared() ? totals : null);
	}

	/**
	 * A row's part of the control total, summed from the value as read rather than as
	 * mapped, so that the warehouse's own sum can be checked against it.
	 */
	private CheckedBlock.Totals total(RawRow raw, boolean loaded) {
		BigDecimal value = this.control.declared() ? this.control.value(raw) : null;
		if (value == null) {
			return loaded ? CheckedBlock.Totals.NONE : new CheckedBlock.Totals(BigDecimal.ZERO, BigDecimal.ZERO, 1);
		}
		return loaded ? new CheckedBlock.Totals(value, BigDecimal.ZERO, 0)
				: new CheckedBlock.Totals(BigDecimal.ZERO, value, 0);
	}

	/**
	 * Labels a reject with its file, line and the row's record key; a feed's own rule
	 * that quoted a value looking like an identifier or a name has it masked in the value
	 * and the message, and so has a record key that looks like one.
	 */
	private Reject located(Reject reject, String sourceFile, RawRow raw) {
		String value = reject.value();
		String message = reject.message();
		if (value != null && !this.validator.storable(value)) {
			value = RejectedValue.masked(value);
			message = message.replace(reject.value(), value);
		}
		return new Reject(this.feed, sourceFile, raw.line(), reject.column(), reject.rule(), message, value,
				reject.severity(), recordKey(raw));
	}

	private @Nullable String recordKey(RawRow raw) {
		String key = (this.recordKey >= 0 && this.recordKey < raw.values().length) ? raw.values()[this.recordKey]
				: null;
		return (key == null || this.validator.storable(key)) ? key : RejectedValue.masked(key);
	}

}
