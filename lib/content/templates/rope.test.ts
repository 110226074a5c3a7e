import { ROPE_TEMPLATES } from "./rope";
import { checkTopicBank } from "./topic-bank-checks";

checkTopicBank(ROPE_TEMPLATES, "rope", "rope");
