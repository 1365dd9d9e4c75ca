namespace ChildPlan.Tests.Hostile;

/// <summary>A fresh folder under the system temp folder for tests that need the real file system; removed on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "childplan-hostile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Makes a FIFO with <c>mkfifo</c>, or skips the test where there is no mkfifo (not Unix).</summary>
    public static void MakeFifo(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("FIFOs are a Unix thing.");
        }

        try
        {
            using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("mkfifo is not available.");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not fail a test.
        }
    }
}
