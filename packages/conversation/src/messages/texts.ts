/**
 * Every sentence the engine says, per language. Figures, addresses and phone numbers are parameters filled from the
 * rule set: a text never contains a number of its own.
 */
export interface EngineTexts {
  /** Buttons. */
  yes: string;
  no: string;
  confirmYes: string;
  confirmNo: string;
  startBooking: string;
  askQuestion: string;

  welcome: string;
  emptyMessage: string;
  thanks: string;
  goodbye: string;
  injection: string;
  offTopic: (phone: string, email: string) => string;
  noAnswer: (phone: string, email: string) => string;
  offerBooking: string;
  continueBooking: string;

  askMunicipality: (names: string) => string;
  outsideArea: (place: string | null, names: string) => string;
  askConsent: (privacyUrl: string) => string;
  consentDeclined: string;
  askDetails: (missing: string[]) => string;
  detailName: string;
  detailAddress: string;
  detailPostcode: string;
  detailHouseNumber: string;
  detailEmail: string;
  invalidEmail: (email: string) => string;
  invalidPostcode: (postcode: string) => string;
  addressNotFound: string;
  addressConfirmed: (address: string, municipality: string) => string;
  municipalityChanged: (municipality: string) => string;
  business: (email: string, phone: string, customerPhone: string) => string;
  addressUnavailable: (phone: string) => string;

  askItems: string;
  /** Asks the sizes of large or long pieces; `cap` is the municipal volume limit when there is one. */
  askSizes: (items: string, cap: string | null) => string;
  /** An answer about one accepted item: it goes as grofvuil, on this route. */
  itemAccepted: (item: string, route: string) => string;
  /** The same, when the route depends on the municipality (the mattress rule). */
  itemAcceptedPerMunicipality: (item: string, routes: string) => string;
  /** Furniture and mattresses may be larger than the guideline and are taken whole. */
  itemTakenWhole: (maxLength: string) => string;
  askUnknown: (items: string) => string;
  nothingBookable: string;
  askMoreItems: string;
  noRequest: (phone: string) => string;
  removed: (items: string) => string;

  summaryTitle: string;
  summaryRoute: (route: string, appointments: number, volume: string) => string;
  summaryRefused: string;
  summaryDetails: string;
  summaryHowTo: string;
  askConfirmation: string;
  whatToChange: string;
  submitted: (reference: string) => string;
  alreadySubmitted: (reference: string) => string;
  cancelled: string;
  restarted: string;
  stillBusiness: string;
  stillOutsideArea: string;
}
