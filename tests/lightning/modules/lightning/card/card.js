// A stand-in for Salesforce's lightning-card (not open source): a titled box with a slot.
import { LightningElement, api } from "lwc";

export default class Card extends LightningElement {
    @api title;
    @api iconName;
}
