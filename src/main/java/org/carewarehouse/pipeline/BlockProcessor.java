package org.carewarehouse.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates each row of a block against its contract and maps the valid ones to typed
 * records; rejected rows travel with the block so that they commit with it.
 *
 * @param <T> the typed record
 */
public class BlockProcessor<T> implements ItemProcessor<RowBlock, CheckedBlock<T>> {

	private final String feed;

	private final ContractValidator validator;

	private final RowMapper<T> mapper;

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
	}

	@Override
	public CheckedBlock<T> process(RowBlock block) {
		List<T> rows = new ArrayList<>(block.rows().size());
		List<Reject> rejects = new ArrayList<>();
		int rejectedRows = 0;
		for (RawRow raw : block.rows()) {
			try {
				rows.add(this.mapper.map(this.validator.validate(raw)));
			}
			catch (RowRejectedException ex) {
				rejectedRows++;
				ex.rejects().forEach((r) -> rejects.add(located(r, block.sourceFile(), raw.line())));
			}
		}
		return new CheckedBlock<>(rows, rejects, rejectedRows);
	}

	private Reject located(Reject reject, String sourceFile, long line) {
		return new Reject(this.feed, sourceFile, line, reject.column(), reject.rule(), reject.message(),
				reject.value());
	}

}
