using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ChildPlan.Samples.BackOffice;

/// <summary>Plain server-rendered HTML: one layout, every text encoded.</summary>
internal static class HtmlPage
{
    /// <summary>Encodes markup characters; letters of every script are written as they are (UTF-8), not as entities.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Encodes <paramref name="text"/> for HTML text and attribute values.</summary>
    public static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    /// <summary>A complete page titled <paramref name="title"/> around <paramref name="body"/> (already HTML).</summary>
    public static IResult Of(string title, string body, int statusCode = StatusCodes.Status200OK, string? head = null)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append(" – ChildPlan back office</title>")
            .Append("<style>body{font-family:sans-serif;margin:1.5em} nav a{margin-right:1em} .problem{color:#a00;white-space:pre-wrap} label{display:block;margin:.5em 0}</style>")
            .Append(head)
            .Append("</head><body><nav><a href=\"/\">Profiles</a></nav><h1>").Append(E(title)).Append("</h1>")
            .Append(body)
            .Append("</body></html>")
            .ToString();
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    /// <summary>A 400 page naming the problem.</summary>
    public static IResult Problem(string message, int statusCode = StatusCodes.Status400BadRequest) =>
        Of(statusCode == StatusCodes.Status400BadRequest ? "The request cannot be used" : "Not available", $"<p class=\"problem\" id=\"problem\">{E(message)}</p><p><a href=\"/\">Start again</a></p>", statusCode);
}
