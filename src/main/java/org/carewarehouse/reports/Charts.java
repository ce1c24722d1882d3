package org.carewarehouse.reports;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The board report's two charts, drawn by JFreeChart into SVG elements that sit inline in
 * the page: nothing to fetch and no script to run.
 */
final class Charts {

	private static final int WIDTH = 420;

	private static final int HEIGHT = 220;

	private static final Color BAR = new Color(0x9e, 0xb8, 0xd0);

	private static final Color HIGHLIGHT = new Color(0x1d, 0x4e, 0x89);

	private Charts() {
	}

	/** The council's value in each year; suppressed years are gaps. */
	static String trend(String id, List<BoardFigure> years) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		years.forEach((figure) -> data.addValue(figure.number(), "value", figure.year()));
		JFreeChart chart = ChartFactory.createLineChart(null, "financial year", years.get(0).unit(), data,
				PlotOrientation.VERTICAL, false, false, false);
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
		renderer.setSeriesPaint(0, HIGHLIGHT);
		// a year between suppressed ones has no line to draw, so each value gets a mark
		renderer.setDefaultShapesVisible(true);
		return svg(chart, "trend-" + id);
	}

	/**
	 * Every council's value in one year, lowest to highest, with this council's bar dark:
	 * where it stands among them.
	 */
	static String position(String id, Map<String, Double> byCouncil, String council, String unit) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		byCouncil.forEach((name, value) -> data.addValue(value, "value", name));
		JFreeChart chart = ChartFactory.createBarChart(null, "council", unit, data, PlotOrientation.VERTICAL, false,
				false, false);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = new BarRenderer() {
			@Override
			public Paint getItemPaint(int row, int column) {
				return council.equals(data.getColumnKey(column)) ? HIGHLIGHT : BAR;
			}
		};
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		plot.setRenderer(renderer);
		plot.getDomainAxis().setTickLabelsVisible(false);
		return svg(chart, "position-" + id);
	}

	private static String svg(JFreeChart chart, String prefix) {
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		// counts and rates start at zero; an axis of all zeros still spans a unit
		values.setAutoRangeIncludesZero(true);
		values.setAutoRangeMinimumSize(1);
		// the axis numbers as the tables write them (1,000) whatever the machine's
		// locale, under a German one of which they read 1.000
		values.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.UK));
		SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
		// several charts share one page, so their clip paths need names of their own
		g2.setDefsKeyPrefix(prefix.replaceAll("[^A-Za-z0-9-]", "_"));
		chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
		return g2.getSVGElement();
	}

}
