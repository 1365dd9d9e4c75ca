using System.IO.Abstractions;
using ChildPlan.Reporting.Documents;

namespace ChildPlan.Reporting.Pdf;

/// <summary>Finds the browser to print with: the option, the environment variable, then the usual install locations.</summary>
internal static class ChromiumLocator
{
    /// <summary>Where Chromium, Chrome and Edge are usually installed on this operating system, in the order tried.</summary>
    public static IReadOnlyList<string> UsualPaths()
    {
        if (OperatingSystem.IsWindows())
        {
            var roots = new[] { Environment.GetEnvironmentVariable("ProgramFiles"), Environment.GetEnvironmentVariable("ProgramFiles(x86)"), Environment.GetEnvironmentVariable("LOCALAPPDATA") }
                .Where(r => !string.IsNullOrEmpty(r))
                .Select(r => r!)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            return
            [
                .. roots.Select(r => Path.Combine(r, "Google", "Chrome", "Application", "chrome.exe")),
                .. roots.Select(r => Path.Combine(r, "Chromium", "Application", "chrome.exe")),
                .. roots.Select(r => Path.Combine(r, "Microsoft", "Edge", "Application", "msedge.exe")),
            ];
        }

        if (OperatingSystem.IsMacOS())
        {
            return
            [
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                "/Applications/Chromium.app/Contents/MacOS/Chromium",
                "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
            ];
        }

        return
        [
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable",
            "/snap/bin/chromium",
            "/usr/bin/microsoft-edge",
        ];
    }

    /// <summary>
    /// The browser executable: <paramref name="configured"/> when set (which must exist), else the path in
    /// <paramref name="fromEnvironment"/> when set (which must exist), else the first of <paramref name="usual"/> that exists.
    /// </summary>
    /// <exception cref="PdfPrintException">No browser at any of the places tried; the message names them and how to set one.</exception>
    public static string Find(IFileSystem fileSystem, string? configured, string? fromEnvironment, IReadOnlyList<string> usual)
    {
        const string howToSet = "Install Chromium or Google Chrome, or set its path with PdfPrinterOptions.ExecutablePath or the environment variable " + PdfPrinterOptions.ExecutableVariable + ".";
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return fileSystem.File.Exists(configured)
                ? configured
                : throw new PdfPrintException($"No browser to print PDF with: PdfPrinterOptions.ExecutablePath is '{configured}', which does not exist. {howToSet}");
        }

        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fileSystem.File.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new PdfPrintException($"No browser to print PDF with: the environment variable {PdfPrinterOptions.ExecutableVariable} is '{fromEnvironment}', which does not exist. {howToSet}");
        }

        return usual.FirstOrDefault(fileSystem.File.Exists)
            ?? throw new PdfPrintException(
                $"No browser to print PDF with: PdfPrinterOptions.ExecutablePath and {PdfPrinterOptions.ExecutableVariable} are not set, and none of these exists: {string.Join(", ", usual)}. {howToSet}");
    }
}
