using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Sites;

namespace EvDashboard.Reports;

/// <summary>The workbook's "About" sheet: what the report is, its filters, its headline figures and when it was made.</summary>
internal static class XlsxAboutSheet
{
    private static readonly string[] FigureHeader = ["Figure", "Value", "Unit", "Previous", "Change (%)"];

    public static void Write(WorksheetPart part, ReportResult report, SiteClock clock, XlsxStyles styles)
    {
        var generated = clock.ToLocal(clock.UtcNow).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" ({clock.Zone.Id})";
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 48, CustomWidth = true },
            new Column { Min = 3, Max = 5, Width = 14, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        var row = 0;
        Pair(writer, ++row, "Report", report.Title, XlsxStyles.BoldText);
        Pair(writer, ++row, "Generated", generated, 0);
        foreach (var filter in report.Filters)
        {
            Pair(writer, ++row, "Filter", filter, 0);
        }

        if (report.Figures.Count > 0)
        {
            row++;
            writer.WriteStartElement(new Row { RowIndex = (uint)++row });
            for (var i = 0; i < FigureHeader.Length; i++)
            {
                writer.WriteElement(XlsxCells.Text(XlsxCells.Reference(i, row), FigureHeader[i], XlsxStyles.BoldText));
            }

            writer.WriteEndElement();
            foreach (var figure in report.Figures)
            {
                Figure(writer, ++row, figure, styles);
            }
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Pair(OpenXmlWriter writer, int row, string label, string value, uint valueStyle)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)row });
        writer.WriteElement(XlsxCells.Text(XlsxCells.Reference(0, row), label, XlsxStyles.BoldText));
        writer.WriteElement(XlsxCells.Text(XlsxCells.Reference(1, row), value, valueStyle));
        writer.WriteEndElement();
    }

    private static void Figure(OpenXmlWriter writer, int row, ReportFigure figure, XlsxStyles styles)
    {
        var format = styles.Regular(XlsxStyles.WithDecimals("#,##0", figure.Decimals));
        writer.WriteStartElement(new Row { RowIndex = (uint)row });
        writer.WriteElement(XlsxCells.Text(XlsxCells.Reference(0, row), figure.Title, 0));
        writer.WriteElement(XlsxCells.Number(XlsxCells.Reference(1, row), figure.Value, format));
        writer.WriteElement(XlsxCells.Text(XlsxCells.Reference(2, row), figure.Unit, 0));
        if (figure.Previous is { } previous)
        {
            writer.WriteElement(XlsxCells.Number(XlsxCells.Reference(3, row), previous, format));
        }

        if (figure.ChangePercent is { } change)
        {
            writer.WriteElement(XlsxCells.Number(XlsxCells.Reference(4, row), change, styles.Regular(XlsxStyles.WithDecimals("0", 1))));
        }

        writer.WriteEndElement();
    }
}
