using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;
using ServiceBot.Bot.Console.Shared;

namespace ServiceBot.Bot.Console.Cockpit;

/// <summary>
/// A rate cell of the bureaus' figures: the rate, and its numerator and denominator each linking to its cases.
/// Written directly rather than as a partial view: the table has seven of them per bureau.
/// </summary>
public static class FigureCells
{
    public static IHtmlContent Rate(double? rate, int numerator, int denominator, string numeratorLink, string denominatorLink)
    {
        var cell = $"<td class=\"num\">{Display.Percent(rate)}";
        if (denominator > 0)
        {
            cell += $"<br /><span class=\"hint\"><a href=\"{WebUtility.HtmlEncode(numeratorLink)}\">{numerator.ToString(CultureInfo.InvariantCulture)}</a>/<a href=\"{WebUtility.HtmlEncode(denominatorLink)}\">{denominator.ToString(CultureInfo.InvariantCulture)}</a></span>";
        }

        return new HtmlString(cell + "</td>");
    }
}
