package dev.errata;

import dev.errata.FieldTree.Field;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML error body with the JDK's StAX parser, DTDs and external entities disabled. The code
 * and message are the {@code <Code>} and {@code <Message>} children of an {@code <Error>} element
 * (at most three levels down, as in {@code <Response><Errors><Error>}) or of the root; the request
 * id is a {@code <RequestId>} at most three levels down. Names match in any namespace and any case.
 */
final class XmlBodyScanner {
  private XmlBodyScanner() {}

  private static final int MAX_ERROR_DEPTH = 3;

  /** The one shape an XML body's code has, for {@link BodyFields}. */
  static final List<BodyShape> SHAPES =
      List.of(new BodyShape("XML", "", List.of(), List.of(), BodyShape.Form.PLAIN));

  private static final XMLInputFactory XML = newFactory();

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entities are not read");
        });
    return factory;
  }

  static void scan(String xml, BodyFields into) {
    XMLStreamReader reader = null;
    try {
      reader = XML.createXMLStreamReader(new StringReader(xml));
      read(reader, into);
    } catch (XMLStreamException | RuntimeException unreadable) {
      // not well-formed (an HTML page, a cut body): what was found before stays
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing is held open: the input is a string
        }
      }
    }
  }

  private static void read(XMLStreamReader reader, BodyFields into) throws XMLStreamException {
    int depth = 0;
    int errorDepth = -1; // depth of the open <Error>, if any
    Field capturing = null;
    int capturingDepth = -1;
    StringBuilder text = null;
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          capturing = null; // a value with child elements is not a leaf
          String name = reader.getLocalName();
          if (errorDepth < 0 && depth <= MAX_ERROR_DEPTH && name.equalsIgnoreCase("Error")) {
            errorDepth = depth;
          } else if (depth == 2 || depth == errorDepth + 1) {
            capturing = fieldOf(name);
          }
          if (capturing == null
              && depth <= MAX_ERROR_DEPTH + 1
              && name.equalsIgnoreCase("RequestId")) {
            capturing = Field.REQUEST_ID;
          }
          if (capturing != null) {
            capturingDepth = depth;
            text = text == null ? new StringBuilder() : text;
            text.setLength(0);
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (capturing != null) {
            text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (capturing != null && depth == capturingDepth) {
            into.record(capturing, 0, text.toString());
            capturing = null;
            if (into.complete()) {
              return;
            }
          }
          if (depth == errorDepth) {
            errorDepth = -1;
          }
          depth--;
        }
        default -> {
          // comments, processing instructions, entity references: nothing to read
        }
      }
    }
  }

  private static Field fieldOf(String name) {
    if (name.equalsIgnoreCase("Code")) {
      return Field.CODE;
    }
    if (name.equalsIgnoreCase("Message")) {
      return Field.MESSAGE;
    }
    return null;
  }
}
