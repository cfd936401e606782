package dev.errata;

import static dev.errata.BodyFields.EXPLICIT;
import static dev.errata.BodyFields.REQUEST_ID;
import static dev.errata.BodyFields.code;
import static dev.errata.BodyFields.message;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML error body with the JDK's StAX parser, DTDs and external entities disabled. The
 * code and message are the {@code <Code>} and {@code <Message>} children of an {@code <Error>}
 * element (at most three levels down, as in {@code <Response><Errors><Error>}) or of the root; the
 * request id is a {@code <RequestId>} at most three levels down. Names match in any namespace and
 * any case.
 */
final class XmlBodyScanner {
  private XmlBodyScanner() {}

  private static final int MAX_ERROR_DEPTH = 3;

  private static final XMLInputFactory XML = newFactory();

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
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
    int capturingSlot = -1;
    int capturingDepth = -1;
    StringBuilder text = null;
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          capturingSlot = -1; // a value with child elements is not a leaf
          String name = reader.getLocalName();
          if (errorDepth < 0 && depth <= MAX_ERROR_DEPTH && name.equalsIgnoreCase("Error")) {
            errorDepth = depth;
          } else if (depth == 2 || depth == errorDepth + 1) {
            capturingSlot = slotOf(name);
          }
          if (capturingSlot < 0 && depth <= MAX_ERROR_DEPTH + 1 && name.equalsIgnoreCase("RequestId")) {
            capturingSlot = REQUEST_ID;
          }
          if (capturingSlot >= 0) {
            capturingDepth = depth;
            text = text == null ? new StringBuilder() : text;
            text.setLength(0);
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (capturingSlot >= 0) {
            text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (capturingSlot >= 0 && depth == capturingDepth) {
            into.record(capturingSlot, text.toString());
            capturingSlot = -1;
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

  private static int slotOf(String name) {
    if (name.equalsIgnoreCase("Code")) {
      return code(EXPLICIT);
    }
    if (name.equalsIgnoreCase("Message")) {
      return message(EXPLICIT);
    }
    return -1;
  }
}
