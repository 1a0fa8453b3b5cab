namespace Byline.Cli;

/// <summary>Writes a finished UTF-8 JSON document and a line break to the command's output.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter output, MemoryStream utf8Json)
    {
        if (output is StreamWriter { Encoding: System.Text.UTF8Encoding } writer)
        {
            // Straight to the writer's stream as the UTF-8 it already is: decoding it into a string for the writer,
            // which encodes it back, cost 0.3 s of analyze on a 5 MB article (2.09 s → 1.78 s).
            writer.Flush();
            utf8Json.WriteTo(writer.BaseStream);
            writer.BaseStream.Write("\n"u8);
            return;
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(utf8Json.GetBuffer(), 0, (int)utf8Json.Length));
    }

    /// <summary>
    /// Hands what the writer holds to its stream once it passes 64 KB. A <see cref="System.Text.Json.Utf8JsonWriter"/>
    /// over a stream keeps the whole document in one growing buffer until it is flushed: 113 MB, copied at each
    /// doubling, for the json of 10,000 articles. Flushing changes no byte of the output.
    /// </summary>
    public static void FlushWhenFull(System.Text.Json.Utf8JsonWriter json)
    {
        if (json.BytesPending >= 1 << 16)
        {
            json.Flush();
        }
    }
}
